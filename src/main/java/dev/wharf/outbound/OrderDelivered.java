package dev.wharf.outbound;

/** The carrier delivered the order. */
public record OrderDelivered(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.DELIVERED;
    }
}
