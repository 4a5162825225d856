package dev.wharf.outbound;

/** An order was accepted (from is null). */
public record OrderPlaced(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.CREATED;
    }
}
