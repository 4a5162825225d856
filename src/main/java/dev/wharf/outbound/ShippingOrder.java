package dev.wharf.outbound;

import dev.wharf.events.StatusChanged;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.InvalidInput;
import java.math.BigDecimal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse's side of an order: picking starts, the parcel leaves, it arrives. The
 * operations API drives these; until it exists they are the core's entry points.
 */
@Service
public class ShippingOrder {

    private final OrderRepository orders;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;

    ShippingOrder(OrderRepository orders, Inventory inventory, ApplicationEventPublisher events) {
        this.orders = orders;
        this.inventory = inventory;
        this.events = events;
    }

    @Transactional
    public OrderView startPicking(OrderId id, String actor) {
        var order = orders.lock(id.value());
        record(id, order.startPicking(), order.status(), actor);
        return orders.find(id.value()).orElseThrow();
    }

    @Transactional
    public OrderView ship(OrderId id, String carrierName, String carrierService, String trackingNumber,
                          BigDecimal shippingCost, String actor) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new InvalidInput("trackingNumber", "is required");
        }
        if (shippingCost == null || shippingCost.signum() < 0) {
            throw new InvalidInput("shippingCost", "must be zero or more");
        }
        var order = orders.lock(id.value());
        var previous = order.shipped();
        inventory.ship(StockReference.order(id.value()), actor);
        orders.markShipped(id.value(), carrierName, carrierService, trackingNumber, shippingCost);
        record(id, previous, order.status(), actor);
        return orders.find(id.value()).orElseThrow();
    }

    @Transactional
    public OrderView deliver(OrderId id, String actor) {
        var order = orders.lock(id.value());
        var previous = order.delivered();
        orders.markDelivered(id.value());
        record(id, previous, order.status(), actor);
        return orders.find(id.value()).orElseThrow();
    }

    private void record(OrderId id, OrderStatus from, OrderStatus to, String actor) {
        orders.updateStatus(id.value(), to);
        events.publishEvent(new StatusChanged("ORDER", id.value(), from.name(), to.name(), actor));
    }
}
