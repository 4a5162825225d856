package dev.wharf.billing;

/** The document a billing line points at: the receipt, order, package or return it charges for, and so on. */
public enum ReferenceType {
    RECEIPT, INBOUND, ORDER, PACKAGE, RETURN, SNAPSHOT, MONTH, ADJUSTMENT
}
