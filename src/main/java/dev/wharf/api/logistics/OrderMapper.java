package dev.wharf.api.logistics;

import dev.wharf.catalog.Catalog;
import dev.wharf.inventory.Inventory;
import dev.wharf.outbound.CarrierSettings;
import dev.wharf.outbound.HoldReason;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.PackageView;
import dev.wharf.shared.TimeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The core's order, told in the Logistics API's words. */
@Component
class OrderMapper {

    /** The published error type and its numeric code for each reason the core holds an order. */
    private record ErrorType(String type, int code) {

        static ErrorType of(HoldReason reason) {
            return switch (reason) {
                case STOCKOUT -> new ErrorType("STOCKOUT", 409001);
                case NEVER_INBOUNDED -> new ErrorType("DSKU_NEVER_INBOUNDED", 409002);
                case SHORT_PICK -> new ErrorType("INVENTORY_ERR", 409003);
            };
        }
    }

    private final Catalog catalog;
    private final Inventory inventory;
    private final TimeSource time;
    private final String trackingUrl;

    OrderMapper(Catalog catalog, Inventory inventory, TimeSource time,
                CarrierSettings carrier) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.time = time;
        this.trackingUrl = carrier.trackingUrl();
    }

    OrderJson.Order toJson(OrderView o) {
        // Every SKU the answer names, in one query.
        var products = new java.util.HashSet<dev.wharf.catalog.ProductId>();
        o.lines().forEach(l -> products.add(l.product()));
        o.packages().forEach(p -> p.items().forEach(i -> products.add(i.product())));
        var skus = catalog.logisticsSkus(products);
        var t = o.shipTo();
        // phone, provinceCode and zip are required strings in the published answer: unknown is "", never null.
        var address = new OrderJson.Address(t.address1(), t.address2(), t.city(), t.company(), t.countryCode(), t.name(),
                orEmpty(t.phone()), orEmpty(t.state()), orEmpty(t.postalCode()));
        var lines = o.terms().requestedLines().stream().map(l -> new OrderJson.OrderLineItem(
                l.customsAmount() == null ? null : new OrderJson.Money(l.customsAmount(), l.customsCurrency()), l.sku(), l.quantity()))
                .toList();
        var state = new OrderJson.OrderState(o.isLate(time.now()), inProgress(o.status()), fulfillmentStatus(o.status()),
                internalStatus(o.status()));
        return new OrderJson.Order(address, o.cost(), Long.toString(o.id().value()), o.createdAt(), o.updatedAt(), error(o, skus),
                o.deliveredAt(), o.terms().externalId(), lines, o.deliverBy(), o.shipBy(), o.shippedAt(), o.terms().source(), state,
                shipments(o, skus));
    }

    private OrderJson.OrderError error(OrderView o, java.util.Map<dev.wharf.catalog.ProductId, String> skus) {
        if (o.errorType() == null) {
            return null;
        }
        var type = ErrorType.of(o.errorType());
        var lineErrors = new ArrayList<OrderJson.LineItemError>();
        var stock = inventory.candidates(o.merchant(), o.warehouse(), o.lines().stream().map(OrderView.Line::product).toList());
        for (var line : o.lines()) {
            int available = stock.available(o.warehouse(), line.product());
            if (available < line.quantity()) {
                var sku = skus.get(line.product());
                lineErrors.add(new OrderJson.LineItemError(sku, line.quantity(), available,
                        available == 0 ? "no stock" : "only " + available + " available"));
            }
        }
        return new OrderJson.OrderError(type.code(), lineErrors, o.errorMessage(), true, type.type());
    }

    private List<OrderJson.FulfillmentShipmentModel> shipments(OrderView o, java.util.Map<dev.wharf.catalog.ProductId, String> skus) {
        if (o.status() == OrderStatus.ERROR || o.status() == OrderStatus.CREATED) {
            return List.of();
        }
        var items = o.lines().stream().map(l -> new OrderJson.FulfillmentShipmentItem(skus.get(l.product()), l.quantity())).toList();
        var packages = o.packages().stream().map(p -> pkg(o, p, skus)).toList();
        // The moment the (first current) label was made: a voided label's time is gone with it.
        var labelPrinted = o.packages().stream().map(PackageView::labelledAt).filter(Objects::nonNull).min(Comparator.naturalOrder());
        return List.of(new OrderJson.FulfillmentShipmentModel(packages, Long.toString(o.id().value()), o.createdAt(),
                shipmentStatus(o.status()), o.deliverBy(), items, o.shippedAt(), o.shipBy(),
                labelPrinted.orElse(null), o.warehouse().value() + "", o.number()));
    }

    private OrderJson.FulfillmentPackage pkg(OrderView o, PackageView p, java.util.Map<dev.wharf.catalog.ProductId, String> skus) {
        var url = p.trackingNumber() == null ? null : trackingUrl.replace("{trackingNumber}", p.trackingNumber());
        var method = p.carrier() == null ? null : p.carrier() + "." + p.service();
        var lineItems = p.items().stream().map(i -> new OrderJson.PackageLineItem(skus.get(i.product()), i.quantity())).toList();
        var label = !p.hasLabel() ? null : new OrderJson.PackageLabel(p.carrier(), method, p.trackingNumber(),
                labelUrl(o, p), p.labelFormat(), p.labelledAt());
        return new OrderJson.FulfillmentPackage(Long.toString(p.id()), p.carrier(), p.trackingNumber(), url, method,
                new OrderJson.PackageDimensions(p.lengthCm(), p.widthCm(), p.heightCm(), "cm", p.weightKg(), "kg"), lineItems, label);
    }

    /** An absolute URL on this server when answering a request, else the path alone. */
    private static String labelUrl(OrderView o, PackageView p) {
        var path = LogisticsErrorShape.MOUNT + "/orders/" + o.id().value() + "/packages/" + p.id() + "/label";
        var request = RequestContextHolder.getRequestAttributes();
        return request == null ? path : ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String internalStatus(OrderStatus s) {
        return switch (s) {
            case ERROR -> "ERROR";
            case CANCELLED -> "CANCELLED";
            case SHIPPED -> "SHIPPED";
            case DELIVERED -> "DELIVERED";
            default -> "CREATED";
        };
    }

    static String fulfillmentStatus(OrderStatus s) {
        return switch (s) {
            case ERROR, CANCELLED -> "STOPPED";
            case SHIPPED -> "SHIPPED";
            case DELIVERED -> "DELIVERED";
            default -> "ROUTING_IN_PROGRESS";
        };
    }

    static boolean inProgress(OrderStatus s) {
        return switch (s) {
            case CREATED, AWAITING_GOODS, ALLOCATED, PICKING, PACKED -> true;
            default -> false;
        };
    }

    static String shipmentStatus(OrderStatus s) {
        return switch (s) {
            case PICKING, PACKED -> "WAREHOUSE";
            case SHIPPED, DELIVERED -> "SHIPPED";
            case CANCELLED -> "CANCELLED";
            case ERROR -> "ERROR";
            default -> "CREATED";
        };
    }
}
