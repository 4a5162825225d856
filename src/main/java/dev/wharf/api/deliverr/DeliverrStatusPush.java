package dev.wharf.api.deliverr;

import dev.wharf.account.Merchants;
import dev.wharf.events.WebhookTarget;
import dev.wharf.events.Webhooks;
import dev.wharf.outbound.OrderCancelled;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderShipped;
import dev.wharf.outbound.Orders;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * When a Deliverr shipment turns SHIPPED or CANCELLED, queues its GET body for the integration's
 * status receiver, in the transaction of the change: the push commits with it or not at all, and
 * is sent later by the durable queue, never in the way of the operation that caused it.
 */
@Component
class DeliverrStatusPush {

    private final Orders orders;
    private final Merchants merchants;
    private final PartnerIntegrations integrations;
    private final ShipmentBodies bodies;
    private final Webhooks webhooks;
    private final JsonMapper json;

    DeliverrStatusPush(Orders orders, Merchants merchants, PartnerIntegrations integrations, ShipmentBodies bodies, Webhooks webhooks,
                       JsonMapper json) {
        this.orders = orders;
        this.merchants = merchants;
        this.integrations = integrations;
        this.bodies = bodies;
        this.webhooks = webhooks;
        this.json = json;
    }

    @EventListener
    void on(OrderShipped shipped) {
        push(shipped.order());
    }

    @EventListener
    void on(OrderCancelled cancelled) {
        push(cancelled.order());
    }

    private void push(OrderId id) {
        var order = orders.findAny(id).filter(o -> PartnerShipmentEndpoints.SOURCE.equals(o.terms().source()));
        if (order.isEmpty()) {
            return;
        }
        var account = merchants.findAny(order.get().merchant()).map(m -> m.accountId());
        var settings = account.flatMap(integrations::find).filter(PartnerIntegrations.Settings::pushesStatus);
        if (settings.isEmpty()) {
            return;
        }
        var s = settings.get();
        var target = s.pushToken() != null ? WebhookTarget.bearer(s.pushUrl(), s.pushToken())
                : s.pushUsername() != null ? WebhookTarget.basic(s.pushUrl(), s.pushUsername(), s.pushPassword())
                : WebhookTarget.unauthenticated(s.pushUrl());
        var body = bodies.body(order.get());
        webhooks.enqueue(target, json.writeValueAsString(body), dedupKey(account.get().value(), body.deliverrShipmentId(),
                body.status()));
    }

    /**
     * The receiver de-duplicates on (deliverrShipmentId, status); so does the queue, per integration:
     * two integrations posting to one URL may both have a shipment 77, and each must get its push.
     */
    static String dedupKey(long accountId, Object deliverrShipmentId, Object status) {
        return "deliverr:" + accountId + ":" + deliverrShipmentId + ":" + status;
    }
}
