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
        return orders.find(id).map(order -> {
            var charged = charges.forOrder(id);
            var prices = charged.isEmpty() ? order.priceLines()
                    : charged.stream().map(c -> new OrderView.PriceLine(c.name(), c.unitPrice(), c.quantity())).toList();
            return order.with(prices, packages.forOrder(id));
        });
    }

    OrderView require(long id) {
        return read(id).orElseThrow(() -> new dev.wharf.shared.NotFound("order", "order " + id + " not found"));
    }
}
