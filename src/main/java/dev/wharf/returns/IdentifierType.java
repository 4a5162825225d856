package dev.wharf.returns;

/** How a return line names its product: Wharf's logistics SKU, or the merchant's own SKU. */
public enum IdentifierType {
    LOGISTICS_SKU, SKU
}
