package dev.wharf.outbound;

import dev.wharf.billing.Charge;
import dev.wharf.billing.Charges;
import dev.wharf.billing.ShippingRates;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.ServicePlanItem;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parcel leaves and arrives. Shipping consumes the reserved units (SHIP movements) and
 * charges the merchant: the shipping cost from the rate table (or as given) and the extra
 * services ordered, per product unit or per package. Each charge is a row of its own.
 */
@Service
public class ShippingOrder {

    static final String SHIPPING_CHARGE = "Shipment";

    private final OrderRepository orders;
    private final OrderReader reader;
    private final PackageRepository packages;
    private final Inventory inventory;
    private final Charges charges;
    private final ShippingRates rates;
    private final ApplicationEventPublisher events;

    ShippingOrder(OrderRepository orders, OrderReader reader, PackageRepository packages, Inventory inventory, Charges charges,
                  ShippingRates rates, ApplicationEventPublisher events) {
        this.orders = orders;
        this.reader = reader;
        this.packages = packages;
        this.inventory = inventory;
        this.charges = charges;
        this.rates = rates;
        this.events = events;
    }

    @Transactional
    public OrderView startPicking(OrderId id, String actor) {
        var order = orders.lock(id.value());
        var previous = order.startPicking();
        orders.markPickingStarted(id.value());
        record(id, previous, order.status(), actor);
        return reader.require(id.value());
    }

    /** What the floor reports as an order leaves; only an order labelled outside Wharf needs it. */
    public record Handover(String carrier, String service, String trackingNumber, BigDecimal cost) {
    }

    /**
     * Ships an order of the warehouse by the path its state calls for ({@link ShippingPath}): a
     * packed order by its labelled packages, any other by the carrier details handed over.
     */
    @Transactional
    public OrderView shipFromWarehouse(WarehouseId warehouse, OrderId id, Handover handover, String actor) {
        var order = reader.read(id.value()).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("order", "order " + id.value() + " not found"));
        return switch (ShippingPath.of(order.status(), handover)) {
            case PACKED_HERE -> ship(warehouse, id, handover, actor);
            case LABELLED_OUTSIDE -> ship(id, handover.carrier(), handover.service(), handover.trackingNumber(), handover.cost(), actor);
        };
    }

    /** Ships a packed order: every package must have its label; each is priced by {@link ShippingCostPolicy}. */
    @Transactional
    public OrderView ship(WarehouseId warehouse, OrderId id, String actor) {
        return ship(warehouse, id, null, actor);
    }

    /**
     * Ships a packed order. What the floor hands over counts: its tracking number (with carrier
     * and service) labels the one package still without a label, as a label bought outside
     * Wharf, and becomes the order's; its cost is the shipment's, priced on the first package.
     */
    @Transactional
    public OrderView ship(WarehouseId warehouse, OrderId id, Handover handover, String actor) {
        var order = reader.read(id.value()).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("order", "order " + id.value() + " not found"));
        var state = orders.lock(id.value());
        if (state.status() != OrderStatus.PACKED) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "order", "order " + id.value() + " is " + state.status()
                    + "; only a packed order ships");
        }
        if (handover != null && handover.trackingNumber() != null && !handover.trackingNumber().isBlank()) {
            labelOutside(order, handover, actor);
            order = reader.require(id.value());
        }
        var boxes = order.packages();
        var unlabelled = boxes.stream().filter(p -> p.status() != PackageView.Status.LABELLED).toList();
        if (!unlabelled.isEmpty()) {
            var reason = unlabelled.get(0).labelError();
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "packages", "package " + unlabelled.get(0).position()
                    + " has no label" + (reason == null ? "" : ": " + reason));
        }
        var supplied = handover == null ? null : handover.cost();
        var costs = new ArrayList<BigDecimal>();
        for (var box : boxes) {
            var given = supplied == null ? null : costs.isEmpty() ? supplied : BigDecimal.ZERO;
            costs.add(ShippingCostPolicy.cost(given, rates.quote(warehouse, box.carrier(), box.service(), box.weightKg()),
                    order.terms().carrierAccount(),
                    box.carrier() + " " + box.service() + " at " + box.weightKg().stripTrailingZeros().toPlainString() + " kg"));
        }
        var previous = state.shipped();
        for (int i = 0; i < boxes.size(); i++) {
            packages.shipped(boxes.get(i).id(), costs.get(i));
            events.publishEvent(new PackageEvent(new PackageId(boxes.get(i).id()), id, PackageView.Status.LABELLED,
                    PackageView.Status.SHIPPED, actor));
        }
        var first = boxes.get(0);
        finish(order, first.carrier(), first.service(), first.trackingNumber(), costs, boxes.size(), actor);
        record(id, previous, state.status(), actor);
        return reader.require(id.value());
    }

    /** The handed-over tracking number labels the one package without a label. */
    private void labelOutside(OrderView order, Handover handover, String actor) {
        var unlabelled = order.packages().stream().filter(p -> p.status() != PackageView.Status.LABELLED).toList();
        var tracking = handover.trackingNumber().strip();
        if (unlabelled.isEmpty()) {
            if (order.packages().stream().anyMatch(p -> tracking.equals(p.trackingNumber()))) {
                return;
            }
            throw new InvalidInput("trackingNumber", "every package already has a label with its own tracking number");
        }
        if (unlabelled.size() > 1) {
            throw new InvalidInput("trackingNumber", unlabelled.size() + " packages have no label: give each its tracking number "
                    + "when packing");
        }
        var pkg = unlabelled.get(0);
        var carrier = blank(handover.carrier()) ? pkg.carrier() : handover.carrier().strip();
        var service = blank(handover.service()) ? pkg.service() : handover.service().strip();
        packages.labelled(pkg.id(), PackageView.LabelSource.EXTERNAL, carrier, service, tracking, null, null);
        events.publishEvent(new PackageEvent(new PackageId(pkg.id()), order.id(), pkg.status(), PackageView.Status.LABELLED, actor));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Ships an order as one parcel labelled outside Wharf: the carrier's tracking number and
     * cost are given, not computed.
     */
    @Transactional
    public OrderView ship(OrderId id, String carrierName, String carrierService, String trackingNumber,
                          BigDecimal shippingCost, String actor) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new InvalidInput("trackingNumber", "is required");
        }
        if (shippingCost != null && shippingCost.signum() < 0) {
            throw new InvalidInput("cost", "must be zero or more");
        }
        var order = reader.require(id.value());
        if (shippingCost == null && blank(order.terms().carrierAccount())) {
            throw new InvalidInput("cost", "is required: the order does not ship on a partner's carrier account");
        }
        var cost = ShippingCostPolicy.cost(shippingCost, java.util.Optional.empty(), order.terms().carrierAccount(), "the parcel");
        var state = orders.lock(id.value());
        var previous = state.shipped();
        finish(order, carrierName, carrierService, trackingNumber, List.of(cost), 1, actor);
        record(id, previous, state.status(), actor);
        return reader.require(id.value());
    }

    @Transactional
    public OrderView deliver(OrderId id, String actor) {
        var order = orders.lock(id.value());
        var previous = order.delivered();
        orders.markDelivered(id.value());
        record(id, previous, order.status(), actor);
        return reader.require(id.value());
    }

    private void finish(OrderView order, String carrier, String service, String tracking, List<BigDecimal> costs, int packageCount,
                        String actor) {
        long id = order.id().value();
        inventory.ship(StockReference.order(id), actor);
        var total = costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        orders.markShipped(id, carrier, service, tracking, total);
        var cause = "ORDER_SHIPPED:" + id;
        for (var cost : costs) {
            charges.record(order.merchant(), order.warehouse(), id, Charge.Kind.SHIPPING, SHIPPING_CHARGE, cost, 1, order.currency(), cause);
        }
        for (var ordered : orders.orderedServices(id)) {
            int quantity = ServicePlanItem.Type.PER_PACKAGE.name().equals(ordered.type()) ? packageCount : ordered.quantity();
            charges.record(order.merchant(), order.warehouse(), id, Charge.Kind.SERVICE, ordered.name(), ordered.unitPrice(),
                    quantity, order.currency(), cause);
        }
    }

    private void record(OrderId id, OrderStatus from, OrderStatus to, String actor) {
        orders.updateStatus(id.value(), to);
        events.publishEvent(OrderEvent.of(id, from, to, actor));
    }
}
