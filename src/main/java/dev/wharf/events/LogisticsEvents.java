package dev.wharf.events;

import static dev.wharf.events.Webhooks.utc;

import dev.wharf.account.AccountId;
import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.account.Merchant;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.inbound.InboundEvent;
import dev.wharf.inbound.InboundReceived;
import dev.wharf.inbound.InboundStatus;
import dev.wharf.inbound.InboundView;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.inventory.StockAdjusted;
import dev.wharf.outbound.OrderAllocated;
import dev.wharf.outbound.OrderCancelled;
import dev.wharf.outbound.OrderEvent;
import dev.wharf.outbound.OrderShipped;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.Orders;
import dev.wharf.returns.ReturnEvent;
import dev.wharf.shared.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Logistics API's events: written to the feed and queued for every matching subscription in
 * the transaction of the change (the listeners are synchronous), so an event exists exactly when
 * its change committed, and its deliveries with it. Only orders and inbounds of a Logistics
 * account's merchant make events. The feed's id is the webhook body's {@code logisticsEventId},
 * the same on every retry of every delivery of the event.
 */
@Service
public class LogisticsEvents {

    /** Attempts per delivery before it is parked (the vendor's ten). */
    public static final int ATTEMPTS = 10;

    /** One event as the feed serves it: every payload value a string. */
    public record FeedEvent(String id, LogisticsEventType type, Instant time, Map<String, String> payload) {
    }

    /**
     * A feed read: at most {@code limit} events after the cursor {@code afterSequence} (0 for the
     * start), optionally only these ids, these types, or events after {@code after}.
     */
    public record Query(int limit, List<String> ids, List<LogisticsEventType> types, Instant after, long afterSequence) {
    }

    /** A page and the cursor of its last event when more follow (null at the end). */
    public record Page(List<FeedEvent> events, Long next) {
    }

    private final JdbcClient jdbc;
    private final TimeSource time;
    private final JsonMapper json;
    private final Webhooks webhooks;
    private final LogisticsWebhooks subscriptions;
    private final EventFeedGate gate;
    private final Orders orders;
    private final ReceivingGoods inbounds;
    private final Merchants merchants;
    private final Accounts accounts;
    private final Catalog catalog;

    LogisticsEvents(JdbcClient jdbc, TimeSource time, JsonMapper json, Webhooks webhooks, LogisticsWebhooks subscriptions,
                    EventFeedGate gate, Orders orders, ReceivingGoods inbounds, Merchants merchants, Accounts accounts,
                    Catalog catalog) {
        this.jdbc = jdbc;
        this.time = time;
        this.json = json;
        this.webhooks = webhooks;
        this.subscriptions = subscriptions;
        this.gate = gate;
        this.orders = orders;
        this.inbounds = inbounds;
        this.merchants = merchants;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    // ------------------------------------------------------------------ emitting

    @EventListener
    void on(OrderEvent event) {
        if (event instanceof OrderShipped) {
            order(event, LogisticsEventType.ORDER_SHIPPED, LogisticsEventType.SHIPMENT_SHIPPED);
        } else if (event instanceof OrderCancelled) {
            order(event, LogisticsEventType.ORDER_CANCELLED, LogisticsEventType.SHIPMENT_CANCELLED);
        } else if (event instanceof OrderAllocated && (event.from() == null || event.from() == OrderStatus.CREATED
                || event.from() == OrderStatus.ERROR || event.from() == OrderStatus.AWAITING_GOODS)) {
            // The API shows an order's shipment once it is routed to a warehouse and allocated.
            order(event, LogisticsEventType.SHIPMENT_CREATED);
        }
    }

    @EventListener
    void on(InboundEvent event) {
        var from = event.from() == null ? null : vendorStatus(event.from());
        var to = vendorStatus(event.to());
        boolean statusChanged = !to.equals(from);
        if (!statusChanged && !(event instanceof InboundReceived)) {
            return;
        }
        var inbound = inbounds.find(event.inbound()).orElse(null);
        var account = inbound == null ? Optional.<AccountId>empty() : logisticsAccount(inbound.merchant());
        if (account.isEmpty()) {
            return;
        }
        var shipmentId = Long.toString(inbound.id().value());
        if (statusChanged) {
            var payload = new LinkedHashMap<String, Object>();
            payload.put("status", to);
            payload.put("shipmentId", shipmentId);
            publish(account.get(), LogisticsEventType.INBOUND_SHIPMENT_STATUS_CHANGED, payload);
        }
        if (event instanceof InboundReceived) {
            for (InboundView.Line line : inbound.lines()) {
                if (line.good() > 0) {
                    var payload = new LinkedHashMap<String, Object>();
                    payload.put("type", "SELLABLE");
                    payload.put("amount", line.good());
                    payload.put("shipmentItemId", line.id());
                    payload.put("shipmentId", shipmentId);
                    publish(account.get(), LogisticsEventType.INBOUND_RECEIVED, payload);
                }
            }
        }
    }

    @EventListener
    void on(StockAdjusted event) {
        var account = logisticsAccount(event.merchant());
        if (account.isEmpty()) {
            return;
        }
        var payload = new LinkedHashMap<String, Object>();
        payload.put("logisticsSku", catalog.findAny(event.product()).map(Product::logisticsSku).orElse(null));
        payload.put("warehouseId", Long.toString(event.warehouse().value()));
        payload.put("quantity", event.quantity());
        payload.put("condition", event.condition().name());
        payload.put("reason", event.reason());
        publish(account.get(), LogisticsEventType.INVENTORY_ADJUSTED, payload);
    }

    @EventListener
    void on(ReturnEvent event) {
        var account = logisticsAccount(event.merchant());
        if (account.isEmpty()) {
            return;
        }
        var payload = new LinkedHashMap<String, Object>();
        payload.put("returnId", Long.toString(event.returnId().value()));
        payload.put("status", event.to().name());
        payload.put("previousStatus", event.from() == null ? null : event.from().name());
        publish(account.get(), LogisticsEventType.RETURN_UPDATED, payload);
    }

    private void order(OrderEvent event, LogisticsEventType... types) {
        var order = orders.findAny(event.order()).orElse(null);
        var account = order == null ? Optional.<AccountId>empty() : logisticsAccount(order.merchant());
        if (account.isEmpty()) {
            return;
        }
        for (var type : types) {
            publish(account.get(), type, orderPayload(order, event.to()));
        }
    }

    /** Order.* and Shipment.*: the shipment's id (one shipment per order: the order's id), the order's ids and status. */
    private static Map<String, Object> orderPayload(OrderView order, OrderStatus status) {
        var payload = new LinkedHashMap<String, Object>();
        var id = Long.toString(order.id().value());
        payload.put("id", id);
        payload.put("orderId", id);
        payload.put("externalOrderId", order.terms() == null ? null : order.terms().externalId());
        payload.put("status", status.name());
        payload.put("warehouseId", Long.toString(order.warehouse().value()));
        if (status == OrderStatus.SHIPPED) {
            var pkg = order.packages().stream().filter(p -> p.trackingNumber() != null).findFirst();
            payload.put("carrier", pkg.map(p -> p.carrier()).orElse(order.carrierName()));
            payload.put("trackingCode", pkg.map(p -> p.trackingNumber()).orElse(order.trackingNumber()));
            payload.put("shippedAt", order.shippedAt() == null ? null : order.shippedAt().toString());
        }
        return payload;
    }

    /** The vendor's inbound status (as the Logistics inbound answers show it). */
    private static String vendorStatus(InboundStatus status) {
        return switch (status) {
            case NEW -> "READY_TO_SHIP";
            case IN_TRANSIT -> "IN_TRANSIT";
            case ARRIVED -> "ARRIVED";
            case RECEIVING -> "RECEIVING";
            case RECEIVED, CLOSED, CANCELLED -> "COMPLETED";
        };
    }

    private Optional<AccountId> logisticsAccount(MerchantId merchant) {
        return merchants.findAny(merchant).map(Merchant::accountId)
                .filter(account -> accounts.dialectOf(account) == Dialect.LOGISTICS);
    }

    /** Writes the event to the feed and queues one delivery per subscription, in the caller's transaction. */
    private void publish(AccountId account, LogisticsEventType type, Map<String, Object> own) {
        gate.enterWriter();
        var eventId = UUID.randomUUID().toString();
        var now = time.now();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("logisticsAccountId", Long.toString(account.value()));
        payload.put("logisticsEventId", eventId);
        payload.put("logisticsEventType", type.wireName());
        payload.put("logisticsEventTime", now.toString());
        payload.putAll(own);
        var body = json.writeValueAsString(payload);
        jdbc.sql("""
                insert into logistics_event (event_uuid, account_id, type, occurred_at, payload)
                values (:uuid, :account, :type, :now, :payload)""")
                .param("uuid", eventId).param("account", account.value()).param("type", type.name())
                .param("now", utc(now)).param("payload", body)
                .update();
        for (var receiver : subscriptions.receivers(account, type)) {
            webhooks.enqueue(receiver.target(), body, "logistics:" + eventId + ":" + receiver.id(), ATTEMPTS);
        }
    }

    // ------------------------------------------------------------------ the feed

    /** A page of the account's events in the order they were written; never skips one that commits late. */
    @Transactional(readOnly = true)
    public Page page(Tenant tenant, Query query) {
        return gate.read(() -> {
            var sql = new StringBuilder("select * from logistics_event where account_id = :account and seq > :cursor");
            var params = new LinkedHashMap<String, Object>();
            params.put("account", tenant.accountId().value());
            params.put("cursor", query.afterSequence());
            if (!query.ids().isEmpty()) {
                sql.append(" and event_uuid in (:ids)");
                params.put("ids", query.ids());
            }
            if (!query.types().isEmpty()) {
                sql.append(" and type in (:types)");
                params.put("types", query.types().stream().map(Enum::name).toList());
            }
            if (query.after() != null) {
                sql.append(" and occurred_at > :after");
                params.put("after", utc(query.after()));
            }
            sql.append(" order by seq limit :limit");
            params.put("limit", query.limit() + 1);
            var sequences = new ArrayList<Long>();
            var events = new ArrayList<>(jdbc.sql(sql.toString()).params(params)
                    .query((rs, n) -> {
                        sequences.add(rs.getLong("seq"));
                        return new FeedEvent(rs.getString("event_uuid"), LogisticsEventType.valueOf(rs.getString("type")),
                                Webhooks.instant(rs, "occurred_at"), strings(rs.getString("payload")));
                    })
                    .list());
            if (events.size() <= query.limit()) {
                return new Page(events, null);
            }
            return new Page(List.copyOf(events.subList(0, query.limit())), sequences.get(query.limit() - 1));
        });
    }

    /** Feed payload values are strings: text as is, numbers in decimal, anything else as its JSON. */
    private Map<String, String> strings(String body) {
        var result = new LinkedHashMap<String, String>();
        for (var field : json.readTree(body).properties()) {
            JsonNode value = field.getValue();
            result.put(field.getKey(), value.isNull() ? null : value.isString() ? value.asString()
                    : value.isNumber() ? value.asString() : value.toString());
        }
        return result;
    }
}
