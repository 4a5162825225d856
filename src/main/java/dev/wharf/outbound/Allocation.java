package dev.wharf.outbound;

import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockCandidates;
import dev.wharf.inventory.StockDemand;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reserves an order's units, all or none. {@link Inventory#reserve} never leaves a part held, so
 * a shortage needs no savepoint: the order stays written and waits in ERROR (or, with
 * {@link ShortagePolicy#REFUSE}, the shortage is thrown and the whole order rolls back).
 */
@Component
class Allocation {

    /** Why an order is held: the reason the API shows and the shortage's words. */
    record Shortfall(HoldReason reason, String message) {
    }

    private final OrderRepository orders;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;

    Allocation(OrderRepository orders, Inventory inventory, ApplicationEventPublisher events) {
        this.orders = orders;
        this.inventory = inventory;
        this.events = events;
    }

    /**
     * Reserves the units of an order just written ({@code stock}: the rows already read for it, or null).
     * @return null when reserved, else why the order is held.
     */
    Shortfall reserveNew(OrderDraft draft, OrderId id, List<Long> lineIds, StockCandidates stock, ShortagePolicy policy, String actor) {
        var demands = new ArrayList<StockDemand>();
        for (int i = 0; i < draft.lines().size(); i++) {
            var line = draft.lines().get(i);
            demands.add(new StockDemand(i, lineIds.get(i), line.product(), line.stockRow(), line.quantity()));
        }
        return reserve(id, draft.merchant(), draft.warehouse(), demands, stock, policy, actor);
    }

    /**
     * Reserves the units of an order in CREATED or ERROR (a retry) and moves it on.
     * @return null when allocated, else the shortage that kept it from being (the order is then in ERROR).
     */
    RuleViolation allocate(OrderView order, ShortagePolicy policy, String actor) {
        var demands = new ArrayList<StockDemand>();
        for (int i = 0; i < order.lines().size(); i++) {
            var line = order.lines().get(i);
            demands.add(new StockDemand(i, line.id(), line.product(), line.stockRow(), line.quantity()));
        }
        var shortfall = reserve(order.id(), order.merchant(), order.warehouse(), demands, null, policy, actor);
        var state = orders.lock(order.id().value());
        if (shortfall != null) {
            orders.markError(order.id().value(), shortfall.reason(), shortfall.message());
            record(order, state.failedAllocation(), state.status(), actor);
            return new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "lines", shortfall.message());
        }
        if (order.errorType() != null || order.errorMessage() != null) {
            orders.clearError(order.id().value());
        }
        record(order, state.allocated(), state.status(), actor);
        return null;
    }

    private Shortfall reserve(OrderId id, dev.wharf.account.MerchantId merchant, dev.wharf.warehouse.WarehouseId warehouse,
                              List<StockDemand> demands, StockCandidates stock, ShortagePolicy policy, String actor) {
        try {
            inventory.reserve(StockReference.order(id.value()), merchant, warehouse, demands, actor, stock);
            return null;
        } catch (RuleViolation shortage) {
            if (policy == ShortagePolicy.REFUSE || shortage.kind() != RuleViolation.Kind.INSUFFICIENT_STOCK) {
                throw shortage;
            }
            var held = inventory.everHeld(merchant, demands.stream().map(StockDemand::product).toList());
            var never = demands.stream().anyMatch(d -> !held.contains(d.product()));
            return new Shortfall(never ? HoldReason.NEVER_INBOUNDED : HoldReason.STOCKOUT, shortage.getMessage());
        }
    }

    private void record(OrderView order, OrderStatus from, OrderStatus to, String actor) {
        if (from == to) {
            return;
        }
        orders.updateStatus(order.id().value(), to);
        events.publishEvent(OrderEvent.of(order.id(), from, to, actor));
    }
}
