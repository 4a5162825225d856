package dev.wharf.outbound;

/**
 * Why an order waits in error for a retry. The core's own words; each dialect says them its way
 * (the Logistics API's STOCKOUT 409001, DSKU_NEVER_INBOUNDED 409002, INVENTORY_ERR 409003).
 */
public enum HoldReason {
    /** Not enough sellable stock for a line. */
    STOCKOUT,
    /** The merchant has never had a unit of a line's product in this warehouse. */
    NEVER_INBOUNDED,
    /** A picker could not find units, and no other stock could replace them. */
    SHORT_PICK;

    /** The stored word; rows written before this enum existed said DSKU_NEVER_INBOUNDED. */
    static HoldReason stored(String word) {
        if (word == null) {
            return null;
        }
        return "DSKU_NEVER_INBOUNDED".equals(word) ? NEVER_INBOUNDED : valueOf(word);
    }
}
