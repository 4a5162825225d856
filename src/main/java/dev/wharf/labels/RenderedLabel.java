package dev.wharf.labels;

/**
 * One label in both forms a warehouse prints: a 4×6 inch PDF for office printers and ZPL for Zebra
 * thermal printers. The ZPL declares UTF-8 ({@code ^CI28}), so send it to the printer as UTF-8 bytes.
 */
public record RenderedLabel(byte[] pdf, String zpl) {
}
