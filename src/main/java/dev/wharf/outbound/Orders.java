package dev.wharf.outbound;

import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.shared.NotFound;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reading orders, always through the tenant that owns them. */
@Service
public class Orders {

    private final OrderRepository orders;
    private final Merchants merchants;

    Orders(OrderRepository orders, Merchants merchants) {
        this.orders = orders;
        this.merchants = merchants;
    }

    public Optional<OrderView> find(Tenant tenant, OrderId id) {
        return orders.find(id.value()).filter(o -> merchants.find(tenant, o.merchant()).isPresent());
    }

    public OrderView require(Tenant tenant, OrderId id) {
        return find(tenant, id).orElseThrow(() -> new NotFound("order", "shipment " + id.value() + " not found"));
    }

    /** The merchant's label exactly as uploaded, if there is one. */
    public Optional<byte[]> label(Tenant tenant, OrderId id) {
        require(tenant, id);
        return orders.label(id.value());
    }
}
