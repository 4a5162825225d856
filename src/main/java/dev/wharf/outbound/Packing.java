package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.labels.LabelAddress;
import dev.wharf.labels.LabelGenerator;
import dev.wharf.labels.LabelRequest;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;

    Packing(OrderRepository orders, OrderReader reader, PackageRepository packages, PickListRepository picks,
            Warehouses warehouses, LabelGenerator labels, TrackingNumbers trackingNumbers,
            List<PartnerLabels> partners, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            CarrierSettings carrier) {
        this.orders = orders;
        this.reader = reader;
        this.packages = packages;
        this.picks = picks;
        this.warehouses = warehouses;
        this.labels = labels;
        this.trackingNumbers = trackingNumbers;
        this.partners = partners;
        this.events = events;
        this.carrierName = carrier.name();
        this.serviceName = carrier.service();
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Packs in one transaction and commits; only then asks a partner for its labels, one call per
     * package with no transaction open, and records each answer in a short transaction of its own.
     * A slow Label API therefore holds neither a pooled connection nor the order's row lock. If the
     * process dies between the two, the package stays PACKED without a label: shipping refuses it
     * and {@link #relabel} asks again.
     *
     * @param carrier, service  the choice of the packer; when absent, the order's requested method, else the built-in carrier
     * @param merchantTracking  the tracking number printed on the merchant's own label, if it has one; for an order without
     *                          one, the tracking number of a label the floor bought outside Wharf (one package)
     */
    public OrderView pack(WarehouseId warehouse, OrderId id, List<PackageSpec> boxes, String carrier, String service,
                          String merchantTracking, String actor) {
        var awaitingPartner = transaction.execute(status -> packAndLabelLocally(warehouse, id, boxes, carrier, service,
                merchantTracking, actor));
        requestPartnerLabels(id.value(), awaitingPartner, actor);
        return reader.require(id.value());
    }

    /** @return the packages whose label a partner must supply, still to be asked for */
    private List<Long> packAndLabelLocally(WarehouseId warehouse, OrderId id, List<PackageSpec> boxes, String carrier,
                                           String service, String merchantTracking, String actor) {
        var order = reader.read(id.value()).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("order", "order " + id.value() + " not found"));
        var state = orders.lock(id.value());
        if (state.status() == OrderStatus.PICKING && !picks.allPicked(id.value())) {
            throw Picking.notPicked(id);
        }
        checkContents(order, boxes);
        var previous = state.packed();
        var method = method(order, carrier, service);
        var specs = ExternalLabels.assign(boxes, order.hasLabel() ? null : merchantTracking);
        var partnerBuys = !order.hasLabel() && partner(order).isPresent();
        var awaitingPartner = new ArrayList<Long>();
        for (int i = 0; i < specs.size(); i++) {
            var spec = specs.get(i);
            long packageId = packages.insert(id.value(), i + 1, spec, method[0], method[1]);
            if (spec.labelledOutside() && !order.hasLabel()) {
                // A label the floor bought elsewhere: keep its tracking number; nobody prints or buys another.
                packages.labelled(packageId, PackageView.LabelSource.EXTERNAL, method[0], method[1], spec.trackingNumber().strip(), null,
                        null);
                events.publishEvent(new PackageEvent(new PackageId(packageId), id, null, PackageView.Status.LABELLED, actor));
            } else if (partnerBuys) {
                awaitingPartner.add(packageId);
            } else {
                labelLocally(order, packageId, i + 1, specs.size(), method,
                        spec.labelledOutside() ? spec.trackingNumber().strip() : merchantTracking, actor);
            }
        }
        orders.updateStatus(id.value(), state.status());
        orders.markPacked(id.value());
        events.publishEvent(OrderEvent.of(id, previous, state.status(), actor));
        return awaitingPartner;
    }

    /**
     * Tries again to label a package whose label failed, was voided, or was never received (the
     * process stopped between packing and the partner's answer). Remote calls run with no
     * transaction open, as in {@link #pack}.
     */
    public OrderView relabel(WarehouseId warehouse, long packageId, String actor) {
        var order = orderOfPackage(warehouse, packageId);
        var pkg = order.packages().stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
        if (pkg.status() != PackageView.Status.LABEL_FAILED && pkg.status() != PackageView.Status.VOIDED
                && !(pkg.status() == PackageView.Status.PACKED && pkg.trackingNumber() == null)) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "package " + packageId + " is " + pkg.status());
        }
        if (!order.hasLabel() && partner(order).isPresent()) {
            requestPartnerLabels(order.id().value(), List.of(packageId), actor);
        } else {
            transaction.executeWithoutResult(status -> labelLocally(order, packageId, pkg.position(), order.packages().size(),
                    new String[] {pkg.carrier(), pkg.service()}, null, actor));
        }
        return reader.require(order.id().value());
    }

    /** Voids a partner's label on a package not yet shipped; the package can then be labelled again. */
    public OrderView voidLabel(WarehouseId warehouse, long packageId, String actor) {
        var order = orderOfPackage(warehouse, packageId);
        var pkg = order.packages().stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
        if (pkg.status() != PackageView.Status.LABELLED) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "package " + packageId + " is " + pkg.status()
                    + "; only a labelled package that has not shipped can be voided");
        }
        if (pkg.labelSource() == PackageView.LabelSource.PARTNER) {
            var partner = partner(order)
                    .orElseThrow(() -> new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "the label's partner is not configured"));
            RemoteCalls.requireNoTransaction("the partner's Label API");
            var result = partner.voidLabel(order, pkg, packages.labelId(packageId).orElse(null));
            if (!result.ok()) {
                throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "the partner refused to void the label: " + result.failure());
            }
        }
        transaction.executeWithoutResult(status -> {
            packages.voided(packageId);
            events.publishEvent(new PackageEvent(new PackageId(packageId), order.id(), PackageView.Status.LABELLED,
                    PackageView.Status.VOIDED, actor));
        });
        return reader.require(order.id().value());
    }

    private OrderView orderOfPackage(WarehouseId warehouse, long packageId) {
        long orderId = packages.orderOf(packageId).orElseThrow(() -> new NotFound("package", "package " + packageId + " not found"));
        return reader.read(orderId).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("package", "package " + packageId + " not found"));
    }

    private java.util.Optional<PartnerLabels> partner(OrderView order) {
        return partners.stream().filter(p -> p.handles(order)).findFirst();
    }

    /** Asks the order's partner for each package's label, outside any transaction, and records each answer. */
    private void requestPartnerLabels(long orderId, List<Long> packageIds, String actor) {
        if (packageIds.isEmpty()) {
            return;
        }
        RemoteCalls.requireNoTransaction("the partner's Label API");
        var order = reader.require(orderId);
        var partner = partner(order).orElseThrow();
        for (long packageId : packageIds) {
            var pkg = order.packages().stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
            var result = partner.label(order, pkg);
            transaction.executeWithoutResult(status -> record(order.id(), packageId, pkg, result, actor));
        }
    }

    private void record(OrderId order, long packageId, PackageView pkg, PartnerLabels.Result result, String actor) {
        if (result.ok()) {
            packages.labelled(packageId, PackageView.LabelSource.PARTNER, orElse(result.carrier(), pkg.carrier()),
                    orElse(result.service(), pkg.service()), result.trackingNumber(), result.pdf(), result.zpl(), result.labelId(),
                    result.raw());
            events.publishEvent(new PackageEvent(new PackageId(packageId), order, null, PackageView.Status.LABELLED, actor));
        } else {
            packages.labelFailed(packageId, PackageView.LabelSource.PARTNER, result.failure());
            events.publishEvent(new PackageEvent(new PackageId(packageId), order, null, PackageView.Status.LABEL_FAILED, actor));
        }
    }

    /** The merchant's own label, or Wharf's built-in carrier: no remote call. */
    private void labelLocally(OrderView order, long packageId, int number, int count, String[] method, String merchantTracking,
                              String actor) {
        var pkg = packages.forOrder(order.id().value()).stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
        if (order.hasLabel()) {
            var merchantLabel = orders.label(order.id().value()).orElseThrow();
            packages.labelled(packageId, PackageView.LabelSource.MERCHANT, method[0], method[1], merchantTracking, merchantLabel, null);
            events.publishEvent(new PackageEvent(new PackageId(packageId), order.id(), null, PackageView.Status.LABELLED, actor));
            return;
        }
        var tracking = trackingNumbers.next();
        var warehouse = warehouses.require("warehouse", order.warehouse());
        var rendered = labels.render(new LabelRequest(tracking, method[0], method[1], from(warehouse), to(order.shipTo()),
                pkg.weightKg(), order.number(), number, count));
        packages.labelled(packageId, PackageView.LabelSource.WHARF, method[0], method[1], tracking, rendered.pdf(), rendered.zpl());
        events.publishEvent(new PackageEvent(new PackageId(packageId), order.id(), null, PackageView.Status.LABELLED, actor));
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

    static LabelAddress from(Warehouse w) {
        var a = w.address();
        return new LabelAddress(w.name(), null, a.line1(), a.line2(), a.city(), a.state(), a.postal(), a.countryCode(), w.phone());
    }

    private static LabelAddress to(ShipTo t) {
        return new LabelAddress(t.name(), t.company(), t.address1(), t.address2(), t.city(), t.state(), t.postalCode(),
                t.countryCode() == null ? null : t.countryCode().toUpperCase(Locale.ROOT), t.phone());
    }
}
