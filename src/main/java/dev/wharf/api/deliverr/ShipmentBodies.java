package dev.wharf.api.deliverr;

import dev.wharf.api.support.Decimals;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.PackageView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The partner's view of a shipment: PROCESSING until shipped, then its packages; CANCELLED if cancelled. */
@Component
class ShipmentBodies {

    private final Catalog catalog;

    ShipmentBodies(Catalog catalog) {
        this.catalog = catalog;
    }

    static String status(OrderStatus status) {
        return switch (status) {
            case SHIPPED, DELIVERED -> "SHIPPED";
            case CANCELLED -> "CANCELLED";
            default -> "PROCESSING";
        };
    }

    PartnerShipmentAnswer body(OrderView order) {
        var status = status(order.status());
        var packages = new ArrayList<PartnerShipmentAnswer.ShippedPackage>();
        if (status.equals("SHIPPED")) {
            if (order.packages().isEmpty()) {
                packages.add(pkg(order.trackingNumber(), order.shippingMethod(), null, order.shippedAt(), order.cost(),
                        order.lines().stream().map(l -> item(l.product(), l.quantity())).toList()));
            } else {
                for (var p : order.packages()) {
                    packages.add(pkg(p.trackingNumber(), method(order, p), p.weightKg() == null ? null
                            : Decimals.plain(PartnerUnits.pounds(p.weightKg())),
                            p.shippedAt(), p.cost(), p.items().stream().map(i -> item(i.product(), i.quantity())).toList()));
                }
            }
        }
        return new PartnerShipmentAnswer(Long.parseLong(order.terms().externalId()), status, packages);
    }

    private static String method(OrderView order, PackageView p) {
        if (order.shippingMethod() != null) {
            return order.shippingMethod();
        }
        return p.carrier() == null ? null : (p.carrier() + "." + p.service()).toUpperCase();
    }

    private PartnerShipmentAnswer.Item item(dev.wharf.catalog.ProductId product, int quantity) {
        return new PartnerShipmentAnswer.Item(catalog.findAny(product).map(Product::sku).orElse(null), quantity);
    }

    private static PartnerShipmentAnswer.ShippedPackage pkg(String tracking, String method, BigDecimal weightLb, java.time.Instant shipped,
                                                           BigDecimal cost, List<PartnerShipmentAnswer.Item> items) {
        return new PartnerShipmentAnswer.ShippedPackage(tracking, method, weightLb, PartnerTimes.format(shipped),
                cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP), items);
    }
}
