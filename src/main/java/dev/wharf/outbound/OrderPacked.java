package dev.wharf.outbound;

/** Every unit is in a package. */
public record OrderPacked(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.PACKED;
    }
}
