package dev.wharf.outbound;

/**
 * A transition of an order, published by the outbound module inside the transaction that made it,
 * so that a listener writing in the same transaction (the event log, an outbox) commits with it.
 * One record per target status: listeners pick the ones they care about by type, never by name.
 */
public sealed interface OrderEvent permits OrderPlaced, OrderAllocated, OrderHeldForStock, OrderAwaitingGoods,
        OrderPickingStarted, OrderPacked, OrderShipped, OrderDelivered, OrderCancelled {

    OrderId order();

    /** The status before; null when the order was just placed. */
    OrderStatus from();

    OrderStatus to();

    /** Who made the change: an operator's user name, "tenant:&lt;account&gt;", or a process. */
    String actor();

    /** The event for a move from one status to another. */
    static OrderEvent of(OrderId order, OrderStatus from, OrderStatus to, String actor) {
        return switch (to) {
            case CREATED -> new OrderPlaced(order, from, actor);
            case ALLOCATED -> new OrderAllocated(order, from, actor);
            case ERROR -> new OrderHeldForStock(order, from, actor);
            case AWAITING_GOODS -> new OrderAwaitingGoods(order, from, actor);
            case PICKING -> new OrderPickingStarted(order, from, actor);
            case PACKED -> new OrderPacked(order, from, actor);
            case SHIPPED -> new OrderShipped(order, from, actor);
            case DELIVERED -> new OrderDelivered(order, from, actor);
            case CANCELLED -> new OrderCancelled(order, from, actor);
        };
    }
}
