package dev.wharf.outbound;

/** The order's packages left the warehouse. */
public record OrderShipped(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.SHIPPED;
    }
}
