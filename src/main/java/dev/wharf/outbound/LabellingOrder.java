package dev.wharf.outbound;

import dev.wharf.account.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The merchant supplies (or replaces) its own shipping label, kept byte for byte. */
@Service
public class LabellingOrder {

    private final OrderRepository orders;
    private final OrderReader reader;
    private final Orders queries;

    LabellingOrder(OrderRepository orders, OrderReader reader, Orders queries) {
        this.orders = orders;
        this.reader = reader;
        this.queries = queries;
    }

    @Transactional
    public OrderView upload(Tenant tenant, OrderId id, byte[] label) {
        queries.require(tenant, id);
        orders.lock(id.value()).acceptLabel();
        orders.saveLabel(id.value(), label);
        return reader.require(id.value());
    }
}
