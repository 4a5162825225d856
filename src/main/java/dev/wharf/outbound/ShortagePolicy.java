package dev.wharf.outbound;

/** What placing an order does when stock is short: its dialect's contract decides. */
public enum ShortagePolicy {
    /** Refuse the order and write nothing (ShipAPI). */
    REFUSE,
    /** Keep the order in ERROR ({@link HoldReason}), holding nothing, until a retry (Logistics API). */
    HOLD
}
