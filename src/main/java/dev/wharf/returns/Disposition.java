package dev.wharf.returns;

/** What becomes of an inspected unit: sellable stock, damaged stock, or nothing (recorded only). */
public enum Disposition {
    RESTOCK, DAMAGED, DISPOSE
}
