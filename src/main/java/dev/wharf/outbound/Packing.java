package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.events.StatusChanged;
import dev.wharf.labels.LabelAddress;
import dev.wharf.labels.LabelGenerator;
import dev.wharf.labels.LabelRequest;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Packing a picked order into one or more packages and labelling each: the merchant's own
 * label when it sent one, else the sending platform's (a {@link PartnerLabels}), else Wharf's
 * built-in carrier. A package whose label could not be had stays unshipped, with the reason.
 */
@Service
public class Packing {

    private final OrderRepository orders;
    private final OrderReader reader;
    private final PackageRepository packages;
    private final PickListRepository picks;
    private final Warehouses warehouses;
    private final LabelGenerator labels;
    private final TrackingNumbers trackingNumbers;
    private final List<PartnerLabels> partners;
    private final ApplicationEventPublisher events;
    private final String carrierName;
    private final String serviceName;

    Packing(OrderRepository orders, OrderReader reader, PackageRepository packages, PickListRepository picks,
            Warehouses warehouses, LabelGenerator labels, TrackingNumbers trackingNumbers,
            List<PartnerLabels> partners, ApplicationEventPublisher events,
            @Value("${wharf.carrier.name:Wharf Post}") String carrierName,
            @Value("${wharf.carrier.service:Standard}") String serviceName) {
        this.orders = orders;
        this.reader = reader;
        this.packages = packages;
        this.picks = picks;
        this.warehouses = warehouses;
        this.labels = labels;
        this.trackingNumbers = trackingNumbers;
        this.partners = partners;
        this.events = events;
        this.carrierName = carrierName;
        this.serviceName = serviceName;
    }

    /**
     * @param carrier, service  the choice of the packer; when absent, the order's requested method, else the built-in carrier
     * @param merchantTracking  the tracking number printed on the merchant's own label, if it has one
     */
    @Transactional
    public OrderView pack(WarehouseId warehouse, OrderId id, List<PackageSpec> boxes, String carrier, String service,
                          String merchantTracking, String actor) {
        var order = reader.read(id.value()).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("order", "order " + id.value() + " not found"));
        var state = orders.lock(id.value());
        if (state.status() == OrderStatus.PICKING && !picks.allPicked(id.value())) {
            throw Picking.notPicked(id);
        }
        checkContents(order, boxes);
        var previous = state.packed();
        var method = method(order, carrier, service);
        for (int i = 0; i < boxes.size(); i++) {
            long packageId = packages.insert(id.value(), i + 1, boxes.get(i), method[0], method[1]);
            label(order, packageId, i + 1, boxes.size(), method, merchantTracking, actor);
        }
        orders.updateStatus(id.value(), state.status());
        orders.markPacked(id.value());
        events.publishEvent(new StatusChanged("ORDER", id.value(), previous.name(), state.status().name(), actor));
        return reader.require(id.value());
    }

    /** Tries again to label a package whose label failed. */
    @Transactional
    public OrderView relabel(WarehouseId warehouse, long packageId, String actor) {
        long orderId = packages.orderOf(packageId).orElseThrow(() -> new NotFound("package", "package " + packageId + " not found"));
        var order = reader.read(orderId).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("package", "package " + packageId + " not found"));
        var pkg = order.packages().stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
        if (pkg.status() != PackageView.Status.LABEL_FAILED && pkg.status() != PackageView.Status.VOIDED) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "package " + packageId + " is " + pkg.status());
        }
        label(order, packageId, pkg.position(), order.packages().size(), new String[] {pkg.carrier(), pkg.service()}, null, actor);
        return reader.require(orderId);
    }

    /** Voids a partner's label on a package not yet shipped; the package can then be labelled again. */
    @Transactional
    public OrderView voidLabel(WarehouseId warehouse, long packageId, String actor) {
        long orderId = packages.orderOf(packageId).orElseThrow(() -> new NotFound("package", "package " + packageId + " not found"));
        var order = reader.read(orderId).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("package", "package " + packageId + " not found"));
        var pkg = order.packages().stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
        if (pkg.status() != PackageView.Status.LABELLED) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "package " + packageId + " is " + pkg.status()
                    + "; only a labelled package that has not shipped can be voided");
        }
        if (pkg.labelSource() == PackageView.LabelSource.PARTNER) {
            var partner = partners.stream().filter(p -> p.handles(order)).findFirst()
                    .orElseThrow(() -> new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "the label's partner is not configured"));
            var result = partner.voidLabel(order, pkg, packages.labelId(packageId).orElse(null));
            if (!result.ok()) {
                throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "the partner refused to void the label: " + result.failure());
            }
        }
        packages.voided(packageId);
        events.publishEvent(new StatusChanged("PACKAGE", packageId, PackageView.Status.LABELLED.name(), PackageView.Status.VOIDED.name(), actor));
        return reader.require(orderId);
    }

    private void label(OrderView order, long packageId, int number, int count, String[] method, String merchantTracking, String actor) {
        var pkg = packages.forOrder(order.id().value()).stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
        if (order.hasLabel()) {
            var merchantLabel = orders.label(order.id().value()).orElseThrow();
            packages.labelled(packageId, PackageView.LabelSource.MERCHANT, method[0], method[1], merchantTracking, merchantLabel, null);
            events.publishEvent(new StatusChanged("PACKAGE", packageId, null, PackageView.Status.LABELLED.name(), actor));
            return;
        }
        var partner = partners.stream().filter(p -> p.handles(order)).findFirst();
        if (partner.isPresent()) {
            var result = partner.get().label(order, pkg);
            if (result.ok()) {
                packages.labelled(packageId, PackageView.LabelSource.PARTNER, orElse(result.carrier(), method[0]),
                        orElse(result.service(), method[1]), result.trackingNumber(), result.pdf(), result.zpl(), result.labelId(),
                        result.raw());
                events.publishEvent(new StatusChanged("PACKAGE", packageId, null, PackageView.Status.LABELLED.name(), actor));
            } else {
                packages.labelFailed(packageId, PackageView.LabelSource.PARTNER, result.failure());
                events.publishEvent(new StatusChanged("PACKAGE", packageId, null, PackageView.Status.LABEL_FAILED.name(), actor));
            }
            return;
        }
        var tracking = trackingNumbers.next();
        var warehouse = warehouses.require("warehouse", order.warehouse());
        var rendered = labels.render(new LabelRequest(tracking, method[0], method[1], from(warehouse), to(order.shipTo()),
                pkg.weightKg(), order.number(), number, count));
        packages.labelled(packageId, PackageView.LabelSource.WHARF, method[0], method[1], tracking, rendered.pdf(), rendered.zpl());
        events.publishEvent(new StatusChanged("PACKAGE", packageId, null, PackageView.Status.LABELLED.name(), actor));
    }

    /** Every unit of the order in exactly one package, nothing else, and every package with a weight. */
    private static void checkContents(OrderView order, List<PackageSpec> boxes) {
        if (boxes == null || boxes.isEmpty()) {
            throw new InvalidInput("packages", "at least one package is required");
        }
        var packed = new HashMap<ProductId, Integer>();
        for (int i = 0; i < boxes.size(); i++) {
            var box = boxes.get(i);
            if (box.weightKg() == null || box.weightKg().signum() <= 0) {
                throw new InvalidInput("packages[" + i + "].weightKg", "must be greater than 0");
            }
            if (box.items() == null || box.items().isEmpty()) {
                throw new InvalidInput("packages[" + i + "].items", "a package holds at least one item");
            }
            for (var item : box.items()) {
                if (item.quantity() <= 0) {
                    throw new InvalidInput("packages[" + i + "].items", "quantities must be greater than 0");
                }
                packed.merge(item.product(), item.quantity(), Integer::sum);
            }
        }
        var ordered = new HashMap<ProductId, Integer>();
        order.lines().forEach(l -> ordered.merge(l.product(), l.quantity(), Integer::sum));
        if (!packed.equals(ordered)) {
            throw new InvalidInput("packages", "the packages must hold exactly the order's units: ordered " + describe(ordered)
                    + ", packed " + describe(packed));
        }
    }

    private static String describe(java.util.Map<ProductId, Integer> units) {
        return units.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparingLong(ProductId::value)))
                .map(e -> e.getValue() + "×" + e.getKey().value()).toList().toString();
    }

    /** The order's "CARRIER.SERVICE" method (e.g. FEDEX.GROUND) unless the packer chose. */
    private String[] method(OrderView order, String carrier, String service) {
        if (carrier != null && !carrier.isBlank()) {
            return new String[] {carrier.strip(), service == null || service.isBlank() ? serviceName : service.strip()};
        }
        var requested = order.shippingMethod();
        if (requested != null && requested.contains(".")) {
            int dot = requested.indexOf('.');
            return new String[] {requested.substring(0, dot), requested.substring(dot + 1)};
        }
        return new String[] {carrierName, requested == null || requested.isBlank() ? serviceName : requested};
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private LabelAddress from(Warehouse w) {
        var a = w.address();
        return new LabelAddress(w.name(), null, a.line1(), a.line2(), a.city(), a.state(), a.postal(), a.countryCode(), w.phone());
    }

    private static LabelAddress to(ShipTo t) {
        return new LabelAddress(t.name(), t.company(), t.address1(), t.address2(), t.city(), t.state(), t.postalCode(),
                t.countryCode() == null ? null : t.countryCode().toUpperCase(Locale.ROOT), t.phone());
    }
}
