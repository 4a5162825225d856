package dev.wharf.outbound;

import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Inventory;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.ServicePlanItem;
import dev.wharf.warehouse.WarehouseCalendar;
import dev.wharf.warehouse.Warehouses;
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

    @Transactional
    public OrderView place(Tenant tenant, OrderDraft requested, ShortagePolicy shortage, Recipient recipient) {
        var merchant = merchants.requireActive(tenant, "merchant", requested.merchant());
        var terms = requested.terms() == null ? OrderTerms.none() : requested.terms();
        if (terms.externalId() != null && orders.findByExternalId(merchant.id(), terms.externalId()).isPresent()) {
            throw duplicate(terms.externalId());
        }
        var draft = requested.warehouse() != null ? requested : withWarehouse(requested, routing.choose(merchant, requested.lines()));
        var warehouse = warehouses.require("warehouse", draft.warehouse());
        checkShipTo(draft.shipTo(), recipient);
        if (draft.latestDeliveryDate() != null
                && draft.latestDeliveryDate().isBefore(time.now().atZone(warehouse.timezone()).toLocalDate())) {
            throw new InvalidInput("latestDeliveryDate", "must not be in the past");
        }
        checkLines(tenant, draft);
        var services = priceServices(draft);

        var promise = DeliveryPromise.of(time.now(), new WarehouseCalendar(warehouse), terms.promisedShipBy(),
                terms.promisedDeliveryBy(), terms.deliveryDays(), draft.shippingMethod());
        long id = orders.insert(draft, warehouse.defaultCurrency(), promise);
        orders.insertLines(id, draft.lines());
        orders.insertServices(id, services);
        if (draft.label() != null) {
            orders.saveLabel(id, draft.label());
        }
        var actor = "tenant:" + tenant.accountId().value();
        events.publishEvent(new OrderPlaced(new OrderId(id), null, actor));
        if (draft.type() == OrderType.STOCK) {
            allocation.allocate(reader.require(id), shortage, actor);
        }
        return reader.require(id);
    }

    private static OrderDraft withWarehouse(OrderDraft d, dev.wharf.warehouse.WarehouseId warehouse) {
        return new OrderDraft(d.merchant(), warehouse, d.type(), d.latestDeliveryDate(), d.note(), d.shipTo(), d.lines(), d.services(),
                d.label(), d.shippingMethod(), d.terms());
    }

    private void checkLines(Tenant tenant, OrderDraft draft) {
        if (draft.lines() == null || draft.lines().isEmpty()) {
            throw new InvalidInput("lines", "at least one product is required");
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            var line = draft.lines().get(i);
            var field = "lines[" + i + "]";
            if (line.quantity() <= 0) {
                throw new InvalidInput(field + ".quantity", "must be greater than 0");
            }
            var product = catalog.requireFor(tenant, field + ".product", line.product(), draft.merchant(), draft.warehouse());
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
