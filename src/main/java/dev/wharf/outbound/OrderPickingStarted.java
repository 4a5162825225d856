package dev.wharf.outbound;

/** The order is on a pick list. */
public record OrderPickingStarted(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.PICKING;
    }
}
