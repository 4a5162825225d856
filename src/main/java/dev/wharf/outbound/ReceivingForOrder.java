package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.MovementType;
import dev.wharf.inventory.StockKey;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goods arriving for a non-stock or collection shipment: received like any goods, and held
 * for that shipment at once. The first receipt makes it AWAITING_GOODS; once every line is
 * complete it is ALLOCATED and goes on like a shipment from stock. Units beyond what the
 * shipment needs stay as the merchant's stock.
 */
@Service
public class ReceivingForOrder {

    private final OrderRepository orders;
    private final OrderReader reader;
    private final Inventory inventory;
    private final Warehouses warehouses;
    private final ApplicationEventPublisher events;

    ReceivingForOrder(OrderRepository orders, OrderReader reader, Inventory inventory, Warehouses warehouses,
                      ApplicationEventPublisher events) {
        this.orders = orders;
        this.reader = reader;
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.events = events;
    }

    @Transactional
    public OrderView receive(WarehouseId warehouse, OrderId id, ProductId product, int good, int damaged, String section, String actor) {
        if (good < 0 || damaged < 0 || good + damaged == 0) {
            throw new InvalidInput("good", "receive at least one unit, good or damaged, and no negative counts");
        }
        var order = reader.read(id.value()).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("order", "order " + id.value() + " not found"));
        if (order.type() == OrderType.STOCK) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "order", "order " + id.value() + " ships from stock; it awaits no goods");
        }
        var state = orders.lock(id.value());
        var line = order.lines().stream().filter(l -> l.product().equals(product) && l.received() < l.quantity()).findFirst()
                .orElseThrow(() -> new InvalidInput("product", "order " + order.number() + " awaits no more units of product " + product.value()));
        var previous = state.awaitingGoods();
        var sectionId = section == null || section.isBlank() ? warehouses.receivingSection(warehouse) : warehouses.section(warehouse, section);
        var reference = StockReference.order(id.value());
        var key = new StockKey(order.merchant(), warehouse, product, sectionId, Condition.OK, "Box");
        if (good > 0) {
            long balance = inventory.add(key, good, MovementType.RECEIVE, reference, null, actor);
            int forOrder = Math.min(good, line.quantity() - line.received());
            inventory.reserveFrom(reference, balance, line.id(), product, forOrder, actor);
            orders.addReceived(line.id(), forOrder);
        }
        if (damaged > 0) {
            inventory.add(key.as(Condition.DAMAGED), damaged, MovementType.RECEIVE, reference, "DAMAGED", actor);
        }
        var after = reader.require(id.value());
        if (after.lines().stream().allMatch(l -> l.received() >= l.quantity())) {
            state.allocated();
        }
        if (previous != state.status()) {
            orders.updateStatus(id.value(), state.status());
            events.publishEvent(OrderEvent.of(id, previous, state.status(), actor));
        }
        return reader.require(id.value());
    }
}
