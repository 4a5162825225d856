package dev.wharf.outbound;

import dev.wharf.shared.RuleViolation;
import java.util.EnumSet;
import java.util.Set;

/** The order's state machine: which transition its current status allows, and nothing else. */
final class Order {

    private static final Set<OrderStatus> CANCELLABLE_FROM_STOCK =
            EnumSet.of(OrderStatus.CREATED, OrderStatus.ALLOCATED, OrderStatus.ERROR);
    /** A non-stock order is in process once all its goods are in: cancellable only while they are awaited. */
    private static final Set<OrderStatus> CANCELLABLE_WITHOUT_STOCK = EnumSet.of(OrderStatus.CREATED, OrderStatus.AWAITING_GOODS);

    private final long id;
    private final OrderType type;
    private OrderStatus status;

    Order(long id, OrderType type, OrderStatus status) {
        this.id = id;
        this.type = type;
        this.status = status;
    }

    OrderStatus status() {
        return status;
    }

    OrderType type() {
        return type;
    }

    /** @return the status before; cancelling twice is harmless and returns CANCELLED. */
    OrderStatus cancel() {
        if (status == OrderStatus.CANCELLED) {
            return status;
        }
        var allowed = type == OrderType.STOCK ? CANCELLABLE_FROM_STOCK : CANCELLABLE_WITHOUT_STOCK;
        if (!allowed.contains(status)) {
            throw refused("cancelled", status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED
                    ? "it has shipped" : "picking has started");
        }
        return moveTo(OrderStatus.CANCELLED);
    }

    boolean cancellable() {
        return (type == OrderType.STOCK ? CANCELLABLE_FROM_STOCK : CANCELLABLE_WITHOUT_STOCK).contains(status);
    }

    OrderStatus allocated() {
        require(EnumSet.of(OrderStatus.CREATED, OrderStatus.ERROR, OrderStatus.AWAITING_GOODS), "allocated");
        return moveTo(OrderStatus.ALLOCATED);
    }

    /** Stock was short: the order waits in ERROR, holding nothing, until a retry. */
    OrderStatus failedAllocation() {
        require(EnumSet.of(OrderStatus.CREATED, OrderStatus.ERROR), "put in error");
        return moveTo(OrderStatus.ERROR);
    }

    /** Only an order in error can be retried. */
    void requireRetriable() {
        if (status != OrderStatus.ERROR) {
            throw refused("retried", "it is " + status + ", not in error");
        }
    }

    OrderStatus awaitingGoods() {
        require(EnumSet.of(OrderStatus.CREATED, OrderStatus.AWAITING_GOODS), "receive goods");
        return moveTo(OrderStatus.AWAITING_GOODS);
    }

    OrderStatus startPicking() {
        require(EnumSet.of(OrderStatus.ALLOCATED), "picked");
        return moveTo(OrderStatus.PICKING);
    }

    OrderStatus packed() {
        require(EnumSet.of(OrderStatus.PICKING), "packed");
        return moveTo(OrderStatus.PACKED);
    }

    OrderStatus shipped() {
        require(EnumSet.of(OrderStatus.PICKING, OrderStatus.PACKED), "shipped");
        return moveTo(OrderStatus.SHIPPED);
    }

    OrderStatus delivered() {
        require(EnumSet.of(OrderStatus.SHIPPED), "delivered");
        return moveTo(OrderStatus.DELIVERED);
    }

    /** The merchant's label can be replaced until the parcel has left. */
    void acceptLabel() {
        if (status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED || status == OrderStatus.CANCELLED) {
            throw refused("given a new label", "it is " + status);
        }
    }

    private void require(Set<OrderStatus> from, String what) {
        if (!from.contains(status)) {
            throw refused(what, "it is " + status);
        }
    }

    private RuleViolation refused(String what, String why) {
        return new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "order",
                "order " + id + " cannot be " + what + ": " + why);
    }

    private OrderStatus moveTo(OrderStatus next) {
        var previous = status;
        status = next;
        return previous;
    }
}
