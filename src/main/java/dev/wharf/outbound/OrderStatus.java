package dev.wharf.outbound;

/**
 * CREATED → ALLOCATED → PICKING → PACKED → SHIPPED → DELIVERED; ERROR (retriable) from CREATED;
 * AWAITING_GOODS for orders whose goods are still to be received; CANCELLED until picking starts.
 */
public enum OrderStatus {
    CREATED, AWAITING_GOODS, ALLOCATED, ERROR, PICKING, PACKED, SHIPPED, DELIVERED, CANCELLED
}
