/** Shipping labels (4×6 inch PDF and ZPL) and packing slips, rendered from plain values; nothing is stored. */
package dev.wharf.labels;
