package dev.wharf.events;

import java.util.Arrays;
import java.util.Optional;

/** The Logistics API's event types, named as the vendor spells them in subscriptions and in the feed. */
public enum LogisticsEventType {
    ORDER_SHIPPED("Order.Shipped"),
    ORDER_CANCELLED("Order.Cancelled"),
    SHIPMENT_CREATED("Shipment.Created"),
    SHIPMENT_SHIPPED("Shipment.Shipped"),
    SHIPMENT_CANCELLED("Shipment.Cancelled"),
    INBOUND_RECEIVED("Inbound.Received"),
    INBOUND_SHIPMENT_STATUS_CHANGED("Inbound.ShipmentStatusChanged"),
    /** Units found or lost without a receipt or an order (the inventory module's {@code StockAdjusted}). */
    INVENTORY_ADJUSTED("Inventory.Adjusted"),
    /** A return changed status (the returns module's {@code ReturnEvent}). */
    RETURN_UPDATED("Return.Updated");

    private final String wireName;

    LogisticsEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<LogisticsEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
