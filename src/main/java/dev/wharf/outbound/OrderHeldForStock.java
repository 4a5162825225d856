package dev.wharf.outbound;

/** Stock was short: the order waits in error, holding nothing, for a retry. */
public record OrderHeldForStock(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.ERROR;
    }
}
