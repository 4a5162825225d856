package dev.wharf.outbound;

import dev.wharf.billing.Charges;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads an order whole: its rows, its packages, and its prices. Once shipped, the prices are
 * the charges actually recorded; before, the services quoted when it was placed.
 */
@Component
class OrderReader {

    private final OrderRepository orders;
    private final PackageRepository packages;
    private final Charges charges;

    OrderReader(OrderRepository orders, PackageRepository packages, Charges charges) {
        this.orders = orders;
        this.packages = packages;
        this.charges = charges;
    }

    /** Orders this transaction has just written, while their events are published. */
    private final dev.wharf.shared.TransactionScoped<Long, OrderView> written = new dev.wharf.shared.TransactionScoped<>("order");

    /**
     * Runs {@code publishing} with the order as just written standing in for a read of it: the
     * event listeners that look the order up in this transaction are not sent to the database.
     */
    void whileWritten(OrderView order, Runnable publishing) {
        written.remember(order.id().value(), order);
        try {
            publishing.run();
        } finally {
            written.forget();
        }
    }

    Optional<OrderView> read(long id) {
        return written.peek(id).or(() -> readStored(id));
    }

    private Optional<OrderView> readStored(long id) {
        return readAll(java.util.List.of(id)).stream().findFirst();
    }

    /**
     * Many orders whole, in a fixed number of queries whatever their number (orders, lines, label
     * flags, services, requested lines, packages, package items, charges); in the ids' order.
     */
    java.util.List<OrderView> readAll(java.util.List<Long> ids) {
        var found = orders.findAll(ids);
        if (found.isEmpty()) {
            return found;
        }
        var present = found.stream().map(o -> o.id().value()).toList();
        var charged = charges.forOrders(present);
        var boxes = packages.forOrders(present);
        return found.stream().map(order -> {
            var charges = charged.getOrDefault(order.id().value(), java.util.List.of());
            var prices = charges.isEmpty() ? order.priceLines()
                    : charges.stream().map(c -> new OrderView.PriceLine(c.name(), c.unitPrice(), c.quantity())).toList();
            return order.with(prices, boxes.getOrDefault(order.id().value(), java.util.List.of()));
        }).toList();
    }

    OrderView require(long id) {
        return read(id).orElseThrow(() -> new dev.wharf.shared.NotFound("order", "order " + id + " not found"));
    }
}
