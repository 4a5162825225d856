package dev.wharf.outbound;

import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockCandidates;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import dev.wharf.shared.WritesTogether;
import dev.wharf.warehouse.ServicePlanItem;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.WarehouseCalendar;
import dev.wharf.warehouse.Warehouses;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant places an order. A from-stock order reserves its units in the same transaction,
 * all or nothing; an order whose goods are still to arrive waits for them.
 */
@Service
public class PlacingOrder {

    private final OrderRepository orders;
    private final Merchants merchants;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;
    private final TimeSource time;
    private final Allocation allocation;
    private final OrderReader reader;
    private final OrderRouting routing;

    PlacingOrder(OrderRepository orders, Merchants merchants, Warehouses warehouses, Catalog catalog, Inventory inventory,
                 ApplicationEventPublisher events, TimeSource time, Allocation allocation, OrderReader reader,
                 OrderRouting routing) {
        this.routing = routing;
        this.allocation = allocation;
        this.reader = reader;
        this.orders = orders;
        this.merchants = merchants;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.inventory = inventory;
        this.events = events;
        this.time = time;
    }

    /** Places an order; a from-stock order short of stock is refused (the ShipAPI's rule). */
    @Transactional
    public OrderView place(Tenant tenant, OrderDraft draft) {
        return place(tenant, draft, ShortagePolicy.REFUSE);
    }

    /** Whether the ship-to must name a person: the ShipAPI and partner API say so, the Logistics API leaves it optional. */
    public enum Recipient { NAMED, NAME_OPTIONAL }

    /** The refusal of an external order id the merchant already used; each dialect words it its own way. */
    static RuleViolation duplicate(String externalId) {
        return new RuleViolation(RuleViolation.Kind.DUPLICATE, "externalOrderId",
                "an order with externalOrderId " + externalId + " already exists");
    }

    @Transactional
    public OrderView place(Tenant tenant, OrderDraft requested, ShortagePolicy shortage) {
        return place(tenant, requested, shortage, Recipient.NAMED);
    }

    /**
     * Looks everything up once (the merchant, the products in one query, the stock rows in one
     * query that also routes the order), writes the order in its final status, reserves its units
     * with the stock rows touched last, and answers from what it wrote: nothing is read back.
     */
    @Transactional
    public OrderView place(Tenant tenant, OrderDraft requested, ShortagePolicy shortage, Recipient recipient) {
        var merchant = merchants.requireActive(tenant, "merchant", requested.merchant());
        var terms = stored(requested.terms() == null ? OrderTerms.none() : requested.terms());
        StockCandidates stock = null;
        Warehouse warehouse;
        if (requested.warehouse() != null) {
            warehouse = warehouses.require("warehouse", requested.warehouse());
        } else {
            var route = routing.choose(merchant, requested.lines());
            warehouse = route.warehouse();
            stock = route.stock();
        }
        var draft = withWarehouse(requested, warehouse.id(), terms);
        checkShipTo(draft.shipTo(), recipient);
        var now = time.nowUtc().truncatedTo(ChronoUnit.MICROS);
        if (draft.latestDeliveryDate() != null
                && draft.latestDeliveryDate().isBefore(now.toInstant().atZone(warehouse.timezone()).toLocalDate())) {
            throw new InvalidInput("latestDeliveryDate", "must not be in the past");
        }
        checkLines(draft);
        var services = priceServices(draft);

        var promise = DeliveryPromise.of(now.toInstant(), new WarehouseCalendar(warehouse), terms.promisedShipBy(),
                terms.promisedDeliveryBy(), terms.deliveryDays(), draft.shippingMethod());
        promise = new DeliveryPromise(micros(promise.shipBy()), micros(promise.deliverBy()));
        var state = new Order(0, draft.type(), OrderStatus.CREATED);
        if (draft.type() == OrderType.STOCK) {
            state.allocated();
        }
        var inserted = orders.insert(draft, warehouse.defaultCurrency(), promise, state.status(), now);
        var lineIds = orders.insertLines(inserted.id(), draft.lines());
        orders.insertServices(inserted.id(), services);
        if (draft.label() != null) {
            orders.saveLabel(inserted.id(), draft.label());
        }
        var actor = "tenant:" + tenant.accountId().value();
        var id = new OrderId(inserted.id());
        HoldReason held = null;
        String why = null;
        if (draft.type() == OrderType.STOCK) {
            var shortfall = allocation.reserveNew(draft, id, lineIds, stock, shortage, actor);
            if (shortfall != null) {
                held = shortfall.reason();
                why = shortfall.message();
                state = new Order(inserted.id(), draft.type(), OrderStatus.CREATED);
                state.failedAllocation();
                orders.markHeld(inserted.id(), held, why, now);
            }
        }
        var placed = OrderRepository.written(inserted, draft, warehouse.defaultCurrency(), promise, state.status(), held, why, now,
                lineIds, services);
        // The listeners of these events read the order in this transaction: they are given what was written.
        // Their rows are written together.
        reader.whileWritten(placed, () -> WritesTogether.run(() -> {
            events.publishEvent(new OrderPlaced(id, null, actor));
            if (placed.status() != OrderStatus.CREATED) {
                events.publishEvent(OrderEvent.of(id, OrderStatus.CREATED, placed.status(), actor));
            }
        }));
        return placed;
    }

    /** The terms as the database keeps them: customs amounts in its scale. */
    private static OrderTerms stored(OrderTerms terms) {
        var lines = terms.requestedLines() == null ? List.<OrderTerms.RequestedLine>of() : terms.requestedLines().stream()
                .map(l -> new OrderTerms.RequestedLine(l.sku(), l.quantity(),
                        l.customsAmount() == null ? null : l.customsAmount().setScale(4, RoundingMode.HALF_UP), l.customsCurrency()))
                .toList();
        return new OrderTerms(terms.externalId(), terms.source(), terms.promisedShipBy(), terms.promisedDeliveryBy(),
                terms.deliveryDays(), terms.subscription(), terms.duties(), terms.packingSlipUrl(), lines, terms.carrierAccount(),
                terms.boxName());
    }

    private static java.time.Instant micros(java.time.Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static OrderDraft withWarehouse(OrderDraft d, dev.wharf.warehouse.WarehouseId warehouse, OrderTerms terms) {
        return new OrderDraft(d.merchant(), warehouse, d.type(), d.latestDeliveryDate(), d.note(), d.shipTo(), d.lines(), d.services(),
                d.label(), d.shippingMethod(), terms);
    }

    private void checkLines(OrderDraft draft) {
        if (draft.lines() == null || draft.lines().isEmpty()) {
            throw new InvalidInput("lines", "at least one product is required");
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            if (draft.lines().get(i).quantity() <= 0) {
                throw new InvalidInput("lines[" + i + "].quantity", "must be greater than 0");
            }
        }
        // The merchant is the tenant's (required above): one query for all the lines' products.
        var products = catalog.requireAllFor(i -> "lines[" + i + "].product", draft.lines().stream().map(OrderDraft.Line::product).toList(),
                draft.merchant(), draft.warehouse());
        for (int i = 0; i < draft.lines().size(); i++) {
            var line = draft.lines().get(i);
            var field = "lines[" + i + "]";
            var product = products.get(i);
            if (!product.active()) {
                throw new RuleViolation(RuleViolation.Kind.INACTIVE, field + ".product", "product " + product.id().value() + " is not active");
            }
            if (line.stockRow() != null && draft.type() != OrderType.STOCK) {
                throw new InvalidInput(field + ".stockRow", "only a from-stock order takes units from a stock row");
            }
            requireStockRow(field + ".stockRow", line.stockRow(), draft, line.product());
        }
    }

    /**
     * A named stock row must be the merchant's own, in the order's warehouse: another merchant's
     * row answers exactly as a row that does not exist, so ids reveal nothing.
     */
    private void requireStockRow(String field, Long stockRow, OrderDraft draft, ProductId product) {
        if (stockRow == null) {
            return;
        }
        var row = inventory.balance(stockRow)
                .filter(b -> b.merchant().equals(draft.merchant()) && b.warehouse().equals(draft.warehouse()))
                .orElseThrow(() -> new NotFound(field, "stock row " + stockRow + " not found"));
        if (product != null && !row.product().equals(product)) {
            throw new InvalidInput(field, "stock row " + stockRow + " holds another product");
        }
    }

    /** Prices each requested service now, so later price-list changes do not alter this order. */
    private List<OrderRepository.PricedService> priceServices(OrderDraft draft) {
        var priced = new ArrayList<OrderRepository.PricedService>();
        if (draft.services() == null) {
            return priced;
        }
        for (int i = 0; i < draft.services().size(); i++) {
            var requested = draft.services().get(i);
            var field = "services[" + i + "]";
            requireStockRow(field + ".stockRow", requested.stockRow(), draft, requested.product());
            var item = warehouses.findServicePlanItem(requested.servicePlanItemId())
                    .filter(s -> s.warehouseId().equals(draft.warehouse()))
                    .orElseThrow(() -> new NotFound(field + ".item",
                            "extra service " + requested.servicePlanItemId() + " not found in warehouse " + draft.warehouse().value()));
            int quantity;
            if (item.type() == ServicePlanItem.Type.PER_PACKAGE) {
                quantity = 1;
            } else if (requested.product() == null) {
                quantity = draft.lines().stream().mapToInt(OrderDraft.Line::quantity).sum();
            } else {
                quantity = unitsOf(draft, requested.product());
                if (quantity == 0) {
                    throw new InvalidInput(field + ".product", "product " + requested.product().value() + " is not in this shipment");
                }
            }
            priced.add(new OrderRepository.PricedService(item.id(), requested.product(), requested.stockRow(), item.name(),
                    item.price(), item.type().name(), quantity));
        }
        return priced;
    }

    private static int unitsOf(OrderDraft draft, ProductId product) {
        return draft.lines().stream().filter(l -> l.product().equals(product)).mapToInt(OrderDraft.Line::quantity).sum();
    }

    private static void checkShipTo(ShipTo to, Recipient recipient) {
        if (to == null) {
            throw new InvalidInput("shipTo", "is required");
        }
        if (recipient == Recipient.NAMED) {
            required("shipTo.name", to.name());
        }
        required("shipTo.address1", to.address1());
        required("shipTo.city", to.city());
        required("shipTo.countryCode", to.countryCode());
        if (!to.countryCode().matches("[A-Za-z]{2}")) {
            throw new InvalidInput("shipTo.countryCode", "must be a two-letter ISO country code");
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
    }
}
