package dev.wharf.api.deliverr;

import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.PackageView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    Map<String, Object> body(OrderView order) {
        var status = status(order.status());
        var packages = new ArrayList<Map<String, Object>>();
        if (status.equals("SHIPPED")) {
            if (order.packages().isEmpty()) {
                packages.add(pkg(order.trackingNumber(), order.shippingMethod(), null, order.shippedAt(), order.cost(),
                        order.lines().stream().map(l -> item(l.product(), l.quantity())).toList()));
            } else {
                for (var p : order.packages()) {
                    packages.add(pkg(p.trackingNumber(), method(order, p), p.weightKg() == null ? null
                            : PartnerUnits.pounds(p.weightKg()).stripTrailingZeros(),
                            p.shippedAt(), p.cost(), p.items().stream().map(i -> item(i.product(), i.quantity())).toList()));
                }
            }
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("deliverrShipmentId", Long.parseLong(order.terms().externalId()));
        body.put("status", status);
        body.put("shippedPackages", packages);
        return body;
    }

    private static String method(OrderView order, PackageView p) {
        if (order.shippingMethod() != null) {
            return order.shippingMethod();
        }
        return p.carrier() == null ? null : (p.carrier() + "." + p.service()).toUpperCase();
    }

    private Map<String, Object> item(dev.wharf.catalog.ProductId product, int quantity) {
        var item = new LinkedHashMap<String, Object>();
        item.put("sku", catalog.findAny(product).map(Product::sku).orElse(null));
        item.put("quantity", quantity);
        return item;
    }

    private static Map<String, Object> pkg(String tracking, String method, BigDecimal weightLb, java.time.Instant shipped,
                                           BigDecimal cost, List<Map<String, Object>> items) {
        var p = new LinkedHashMap<String, Object>();
        p.put("trackingNumber", tracking);
        p.put("shippingMethod", method);
        p.put("actualWeight", weightLb);
        p.put("shipTime", PartnerTimes.format(shipped));
        p.put("costInUSD", cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP));
        p.put("items", items);
        return p;
    }
}
