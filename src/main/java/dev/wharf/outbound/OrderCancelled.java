package dev.wharf.outbound;

/** The order was cancelled before picking started. */
public record OrderCancelled(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.CANCELLED;
    }
}
