package dev.wharf.api.deliverr;

import dev.wharf.account.Merchants;
import dev.wharf.events.StatusChanged;
import dev.wharf.events.WebhookTarget;
import dev.wharf.events.Webhooks;
import dev.wharf.outbound.OrderId;
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
    void on(StatusChanged change) {
        if (!"ORDER".equals(change.entityType())
                || !("SHIPPED".equals(change.toStatus()) || "CANCELLED".equals(change.toStatus()))) {
            return;
        }
        var order = orders.findAny(new OrderId(change.entityId()))
                .filter(o -> PartnerShipmentEndpoints.SOURCE.equals(o.terms().source()));
        if (order.isEmpty()) {
            return;
        }
        var settings = merchants.findAny(order.get().merchant()).flatMap(m -> integrations.find(m.accountId()))
                .filter(PartnerIntegrations.Settings::pushesStatus);
        if (settings.isEmpty()) {
            return;
        }
        var s = settings.get();
        var target = s.pushToken() != null ? WebhookTarget.bearer(s.pushUrl(), s.pushToken())
                : s.pushUsername() != null ? WebhookTarget.basic(s.pushUrl(), s.pushUsername(), s.pushPassword())
                : WebhookTarget.unauthenticated(s.pushUrl());
        var body = bodies.body(order.get());
        // The receiver de-duplicates on (deliverrShipmentId, status); so does the queue.
        webhooks.enqueue(target, json.writeValueAsString(body), "deliverr:" + body.deliverrShipmentId() + ":" + body.status());
    }
}
