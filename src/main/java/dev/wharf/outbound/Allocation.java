package dev.wharf.outbound;

import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockDemand;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.RuleViolation;
import java.util.ArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reserves an order's units, all or none. The reservation runs in a savepoint: when a line is
 * short, everything this attempt reserved is undone while the order itself stays written.
 */
@Component
class Allocation {

    private final OrderRepository orders;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate savepoint;

    Allocation(OrderRepository orders, Inventory inventory, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.inventory = inventory;
        this.events = events;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * @return null when allocated, else the shortage that kept it from being (the order is then in ERROR).
     * With {@link ShortagePolicy#REFUSE} a shortage is thrown instead.
     */
    RuleViolation allocate(OrderView order, ShortagePolicy policy, String actor) {
        var demands = new ArrayList<StockDemand>();
        for (int i = 0; i < order.lines().size(); i++) {
            var line = order.lines().get(i);
            demands.add(new StockDemand(i, line.id(), line.product(), line.stockRow(), line.quantity()));
        }
        var reference = StockReference.order(order.id().value());
        if (policy == ShortagePolicy.REFUSE) {
            inventory.reserve(reference, order.merchant(), order.warehouse(), demands, actor);
        } else {
            try {
                savepoint.executeWithoutResult(s -> inventory.reserve(reference, order.merchant(), order.warehouse(), demands, actor));
            } catch (RuleViolation shortage) {
                if (shortage.kind() != RuleViolation.Kind.INSUFFICIENT_STOCK) {
                    throw shortage;
                }
                var never = order.lines().stream().anyMatch(l -> !inventory.hasEverHeld(order.merchant(), l.product()));
                orders.markError(order.id().value(), never ? HoldReason.NEVER_INBOUNDED : HoldReason.STOCKOUT, shortage.getMessage());
                var state = orders.lock(order.id().value());
                record(order, state.failedAllocation(), state.status(), actor);
                return shortage;
            }
        }
        orders.clearError(order.id().value());
        var state = orders.lock(order.id().value());
        record(order, state.allocated(), state.status(), actor);
        return null;
    }

    private void record(OrderView order, OrderStatus from, OrderStatus to, String actor) {
        if (from == to) {
            return;
        }
        orders.updateStatus(order.id().value(), to);
        events.publishEvent(OrderEvent.of(order.id(), from, to, actor));
    }
}
