package dev.wharf.outbound;

import dev.wharf.account.Tenant;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cancelling an order until picking starts; its reservation goes back to stock. */
@Service
public class CancellingOrder {

    private final OrderRepository orders;
    private final OrderReader reader;
    private final Orders queries;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;

    CancellingOrder(OrderRepository orders, OrderReader reader, Orders queries, Inventory inventory, ApplicationEventPublisher events) {
        this.orders = orders;
        this.reader = reader;
        this.queries = queries;
        this.inventory = inventory;
        this.events = events;
    }

    @Transactional
    public OrderView cancel(Tenant tenant, OrderId id) {
        queries.require(tenant, id);
        return cancel(id, "tenant:" + tenant.accountId().value());
    }

    /** The warehouse's own cancel (not through a merchant's API). */
    @Transactional
    public OrderView cancel(OrderId id, String actor) {
        var order = orders.lock(id.value());
        var previous = order.cancel();
        if (previous != OrderStatus.CANCELLED) {
            inventory.release(StockReference.order(id.value()), actor);
            orders.markCancelled(id.value());
            events.publishEvent(new OrderCancelled(id, previous, actor));
        }
        return reader.require(id.value());
    }
}
