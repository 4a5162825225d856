package dev.wharf.billing;

/** The headings of a statement: every charge type belongs to one. */
public enum ChargeCategory {
    RECEIVING, STORAGE, PICKING, PACKAGING, SHIPPING, RETURNS, SERVICES, MINIMUM, ADJUSTMENT
}
