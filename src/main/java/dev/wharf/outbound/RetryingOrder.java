package dev.wharf.outbound;

import dev.wharf.account.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Allocating again an order that was short of stock (after stock arrived, typically). */
@Service
public class RetryingOrder {

    private final OrderRepository orders;
    private final Orders queries;
    private final OrderReader reader;
    private final Allocation allocation;

    RetryingOrder(OrderRepository orders, Orders queries, OrderReader reader, Allocation allocation) {
        this.orders = orders;
        this.queries = queries;
        this.reader = reader;
        this.allocation = allocation;
    }

    /** @return the order, allocated, or still in ERROR with the current shortage. */
    @Transactional
    public OrderView retry(Tenant tenant, OrderId id) {
        queries.require(tenant, id);
        return retry(id, "tenant:" + tenant.accountId().value());
    }

    @Transactional
    public OrderView retry(OrderId id, String actor) {
        orders.lock(id.value()).requireRetriable();
        allocation.allocate(reader.require(id.value()), ShortagePolicy.HOLD, actor);
        return reader.require(id.value());
    }
}
