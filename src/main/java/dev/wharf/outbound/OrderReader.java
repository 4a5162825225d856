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

    Optional<OrderView> read(long id) {
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
