package dev.wharf.outbound;

/** A non-stock order's goods have started to arrive. */
public record OrderAwaitingGoods(OrderId order, OrderStatus from, String actor) implements OrderEvent {

    @Override
    public OrderStatus to() {
        return OrderStatus.AWAITING_GOODS;
    }
}
