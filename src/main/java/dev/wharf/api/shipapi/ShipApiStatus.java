package dev.wharf.api.shipapi;

import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderType;
import dev.wharf.outbound.OrderView;

/** The ShipAPI's words for the core's order states. */
final class ShipApiStatus {

    private ShipApiStatus() {
    }

    /** A non-stock shipment whose goods are all in is being processed: it reads InProcess from then on. */
    static String of(OrderView order) {
        if (order.type() != OrderType.STOCK && order.status() == OrderStatus.ALLOCATED) {
            return "InProcess";
        }
        return of(order.status());
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
