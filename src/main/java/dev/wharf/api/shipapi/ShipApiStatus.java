package dev.wharf.api.shipapi;

import dev.wharf.outbound.OrderStatus;

/** The ShipAPI's words for the core's order states. */
final class ShipApiStatus {

    private ShipApiStatus() {
    }

    static String of(OrderStatus status) {
        return switch (status) {
            case CREATED, ALLOCATED, ERROR -> "NewShipment";
            case AWAITING_GOODS -> "AwaitingGoods";
            case PICKING, PACKED -> "InProcess";
            case SHIPPED -> "Sended";
            case DELIVERED -> "Delivered";
            case CANCELLED -> "Cancelled";
        };
    }
}
