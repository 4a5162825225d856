/**
 * Customer returns: announced by the merchant (with its own label or one Wharf issues), received
 * at the dock, inspected unit by unit, and put back into stock, kept apart as damaged, or disposed.
 */
package dev.wharf.returns;
