package dev.wharf.outbound;

import dev.wharf.shared.InvalidInput;

/**
 * How an order leaves the warehouse: packed here, its packages carry labels and are priced from
 * the rate table; otherwise it was labelled outside Wharf and the floor reports the carrier's
 * tracking number and cost.
 */
enum ShippingPath {

    PACKED_HERE, LABELLED_OUTSIDE;

    static ShippingPath of(OrderStatus status, ShippingOrder.Handover handover) {
        if (status == OrderStatus.PACKED) {
            return PACKED_HERE;
        }
        if (handover == null || handover.trackingNumber() == null) {
            throw new InvalidInput("trackingNumber", "an order that was not packed here ships with the carrier's tracking number and cost");
        }
        return LABELLED_OUTSIDE;
    }
}
