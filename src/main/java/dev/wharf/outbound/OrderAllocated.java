package dev.wharf.outbound;

/** Stock was reserved for every line. */
public record OrderAllocated(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.ALLOCATED;
    }
}
