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
    /** Accepted at subscription; not emitted yet: the inventory module publishes no typed adjustment event. */
    INVENTORY_ADJUSTED("Inventory.Adjusted"),
    /** Accepted at subscription; not emitted yet: returns publish no typed event yet. */
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
