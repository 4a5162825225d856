package dev.wharf.outbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

    /** A requested extra service with its price fixed at order time. */
    record PricedService(long servicePlanItemId, ProductId product, Long stockRow, String name, BigDecimal unitPrice,
                         String type, int quantity) {
    }

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OrderDraft d, String currency, DeliveryPromise promise) {
        var shipBy = promise.shipBy();
        var terms = d.terms();
        long number = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        var now = now();
        var to = d.shipTo();
        var insert = jdbc.sql("""
                insert into outbound_order (number, merchant_id, warehouse_id, type, status, latest_delivery_date, note,
                    ship_to_name, ship_to_email, ship_to_company, ship_to_address1, ship_to_address2, ship_to_city,
                    ship_to_state, ship_to_postal, ship_to_country_code, ship_to_phone, currency, created_at, updated_at,
                    ship_by, shipping_method, external_id, source, deliver_by, subscription, duties, packing_slip_url,
                    carrier_account, box_name)
                values (:number, :m, :w, :type, 'CREATED', :latest, :note,
                    :name, :email, :company, :a1, :a2, :city, :state, :postal, :country, :phone, :currency, :now, :now,
                    :shipBy, :method, :external, :source, :deliverBy, :subscription, :duties, :slip, :carrierAccount, :boxName)""")
                .param("number", "#PF " + number).param("m", d.merchant().value()).param("w", d.warehouse().value())
                .param("type", d.type().name()).param("latest", d.latestDeliveryDate()).param("note", d.note())
                .param("name", to.name()).param("email", to.email()).param("company", to.company())
                .param("a1", to.address1()).param("a2", to.address2()).param("city", to.city()).param("state", to.state())
                .param("postal", to.postalCode()).param("country", to.countryCode().toUpperCase()).param("phone", to.phone())
                .param("currency", currency).param("now", now)
                .param("shipBy", shipBy == null ? null : shipBy.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("method", d.shippingMethod())
                .param("external", terms.externalId()).param("source", terms.source())
                .param("deliverBy", promise.deliverBy() == null ? null : promise.deliverBy().atOffset(ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("subscription", terms.subscription(), Types.BOOLEAN).param("duties", terms.duties())
                .param("slip", terms.packingSlipUrl())
                .param("carrierAccount", terms.carrierAccount()).param("boxName", terms.boxName());
        try {
            insert.update(keys, "id");
        } catch (DuplicateKeyException e) {
            // uq_order_external_id: a concurrent request placed the same external id after our check passed.
            throw PlacingOrder.duplicate(terms.externalId());
        }
        long id = keys.getKey().longValue();
        int position = 0;
        for (var line : terms.requestedLines()) {
            jdbc.sql("""
                    insert into outbound_requested_line (order_id, position, sku, quantity, customs_amount, customs_currency)
                    values (:o, :pos, :sku, :q, :amount, :currency)""")
                    .param("o", id).param("pos", position++).param("sku", line.sku()).param("q", line.quantity())
                    .param("amount", line.customsAmount()).param("currency", line.customsCurrency()).update();
        }
        return id;
    }

    java.util.Optional<Long> findByExternalId(MerchantId merchant, String externalId) {
        return jdbc.sql("select id from outbound_order where merchant_id = :m and external_id = :e")
                .param("m", merchant.value()).param("e", externalId).query(Long.class).optional();
    }

    private List<OrderTerms.RequestedLine> requestedLines(long orderId) {
        return jdbc.sql("select sku, quantity, customs_amount, customs_currency from outbound_requested_line where order_id = :o order by position")
                .param("o", orderId)
                .query((rs, n) -> new OrderTerms.RequestedLine(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    List<Long> insertLines(long orderId, List<OrderDraft.Line> lines) {
        var ids = new ArrayList<Long>();
        int position = 0;
        for (var line : lines) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into outbound_order_line (order_id, position, product_id, requested_balance_id, quantity)
                    values (:o, :pos, :p, :b, :q)""")
                    .param("o", orderId).param("pos", position++).param("p", line.product().value())
                    .param("b", line.stockRow(), Types.BIGINT).param("q", line.quantity())
                    .update(keys, "id");
            ids.add(keys.getKey().longValue());
        }
        return ids;
    }

    void insertServices(long orderId, List<PricedService> services) {
        for (var s : services) {
            jdbc.sql("""
                    insert into outbound_extra_service (order_id, service_plan_item_id, product_id, requested_balance_id,
                        name, unit_price, type, quantity)
                    values (:o, :item, :p, :b, :name, :price, :type, :q)""")
                    .param("o", orderId).param("item", s.servicePlanItemId())
                    .param("p", s.product() == null ? null : s.product().value(), Types.BIGINT)
                    .param("b", s.stockRow(), Types.BIGINT)
                    .param("name", s.name()).param("price", s.unitPrice()).param("type", s.type()).param("q", s.quantity())
                    .update();
        }
    }

    void saveLabel(long orderId, byte[] content) {
        jdbc.sql("delete from outbound_label where order_id = :o").param("o", orderId).update();
        jdbc.sql("insert into outbound_label (order_id, content, uploaded_at) values (:o, :c, :now)")
                .param("o", orderId).param("c", content).param("now", now()).update();
        touch(orderId);
    }

    Optional<byte[]> label(long orderId) {
        return jdbc.sql("select content from outbound_label where order_id = :o").param("o", orderId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Loads the state machine with the row locked, so concurrent transitions serialise. */
    Order lock(long id) {
        return jdbc.sql("select id, type, status from outbound_order where id = :id for update").param("id", id)
                .query((rs, n) -> new Order(rs.getLong(1), OrderType.valueOf(rs.getString(2)), OrderStatus.valueOf(rs.getString(3))))
                .optional()
                .orElseThrow(() -> new dev.wharf.shared.NotFound("order", "shipment " + id + " not found"));
    }

    void updateStatus(long id, OrderStatus status) {
        jdbc.sql("update outbound_order set status = :s, updated_at = :now where id = :id")
                .param("s", status.name()).param("now", now()).param("id", id).update();
    }

    void markCancelled(long id) {
        jdbc.sql("update outbound_order set status = 'CANCELLED', cancelled_at = :now, updated_at = :now where id = :id")
                .param("now", now()).param("id", id).update();
    }

    void markShipped(long id, String carrier, String service, String tracking, BigDecimal cost) {
        jdbc.sql("""
                update outbound_order set carrier_name = :carrier, carrier_service = :service, tracking_number = :tracking,
                    shipping_cost = :cost, shipped_at = :now, updated_at = :now where id = :id""")
                .param("carrier", carrier).param("service", service).param("tracking", tracking).param("cost", cost)
                .param("now", now()).param("id", id).update();
    }

    void markError(long id, HoldReason reason, String message) {
        jdbc.sql("update outbound_order set error_type = :t, error_message = :m, updated_at = :now where id = :id")
                .param("t", reason == null ? null : reason.name()).param("m", message).param("now", now()).param("id", id).update();
    }

    void clearError(long id) {
        markError(id, null, null);
    }

    void markPickingStarted(long id) {
        jdbc.sql("update outbound_order set picking_started_at = :now, updated_at = :now where id = :id")
                .param("now", now()).param("id", id).update();
    }

    void markPacked(long id) {
        jdbc.sql("update outbound_order set packed_at = :now, updated_at = :now where id = :id")
                .param("now", now()).param("id", id).update();
    }

    void addReceived(long lineId, int quantity) {
        jdbc.sql("update outbound_order_line set received = received + :q where id = :id").param("q", quantity).param("id", lineId).update();
    }

    /** A page of the warehouse's order ids after {@code afterId}, in id order (keyset: flat however many there are). */
    List<Long> idsInWarehouse(long warehouseId, OrderStatus status, long afterId, int limit) {
        if (status == null) {
            return jdbc.sql("select id from outbound_order where warehouse_id = :w and id > :after order by id limit :limit")
                    .param("w", warehouseId).param("after", afterId).param("limit", limit).query(Long.class).list();
        }
        return jdbc.sql("""
                select id from outbound_order where warehouse_id = :w and status = :s and id > :after order by id limit :limit""")
                .param("w", warehouseId).param("s", status.name()).param("after", afterId).param("limit", limit)
                .query(Long.class).list();
    }

    /** A page of the warehouse's late order ids after {@code afterId}, in id order. */
    List<Long> lateInWarehouse(long warehouseId, OffsetDateTime now, long afterId, int limit) {
        return jdbc.sql("""
                select id from outbound_order where warehouse_id = :w and ship_by < :now
                  and status not in ('SHIPPED', 'DELIVERED', 'CANCELLED') and id > :after order by id limit :limit""")
                .param("w", warehouseId).param("now", now).param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    void markDelivered(long id) {
        jdbc.sql("update outbound_order set delivered_at = :now, updated_at = :now where id = :id")
                .param("now", now()).param("id", id).update();
    }

    Optional<OrderView> find(long id) {
        var lines = jdbc.sql("""
                select id, product_id, requested_balance_id, quantity, received from outbound_order_line
                where order_id = :id order by position""").param("id", id)
                .query((rs, n) -> new OrderView.Line(rs.getLong(1), new ProductId(rs.getLong(2)),
                        rs.getObject(3, Long.class), rs.getInt(4), rs.getInt(5)))
                .list();
        var prices = new ArrayList<OrderView.PriceLine>();
        var hasLabel = jdbc.sql("select count(*) from outbound_label where order_id = :id").param("id", id)
                .query(Long.class).single() > 0;
        return jdbc.sql("select * from outbound_order where id = :id").param("id", id)
                .query((rs, n) -> {
                    prices.addAll(services(id));
                    return map(rs, lines, prices, hasLabel, requestedLines(id));
                })
                .optional();
    }

    /** The extra services ordered, with their price fixed at order time. */
    List<PricedService> orderedServices(long orderId) {
        return jdbc.sql("""
                select service_plan_item_id, product_id, requested_balance_id, name, unit_price, type, quantity
                from outbound_extra_service where order_id = :o order by id""")
                .param("o", orderId)
                .query((rs, n) -> new PricedService(rs.getLong(1), rs.getObject(2, Long.class) == null ? null
                        : new ProductId(rs.getLong(2)), rs.getObject(3, Long.class), rs.getString(4), rs.getBigDecimal(5),
                        rs.getString(6), rs.getInt(7)))
                .list();
    }

    private List<OrderView.PriceLine> services(long orderId) {
        return jdbc.sql("select name, unit_price, quantity from outbound_extra_service where order_id = :o order by id")
                .param("o", orderId)
                .query((rs, n) -> new OrderView.PriceLine(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)))
                .list();
    }

    private static OrderView map(ResultSet rs, List<OrderView.Line> lines, List<OrderView.PriceLine> prices, boolean hasLabel,
                                 List<OrderTerms.RequestedLine> requested) throws SQLException {
        var subscription = rs.getObject("subscription", Boolean.class);
        return new OrderView(
                new OrderId(rs.getLong("id")),
                rs.getString("number"),
                new MerchantId(rs.getLong("merchant_id")),
                new WarehouseId(rs.getLong("warehouse_id")),
                OrderType.valueOf(rs.getString("type")),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("latest_delivery_date", LocalDate.class),
                rs.getString("note"),
                new ShipTo(rs.getString("ship_to_name"), rs.getString("ship_to_email"), rs.getString("ship_to_company"),
                        rs.getString("ship_to_address1"), rs.getString("ship_to_address2"), rs.getString("ship_to_city"),
                        rs.getString("ship_to_state"), rs.getString("ship_to_postal"), rs.getString("ship_to_country_code"),
                        rs.getString("ship_to_phone")),
                lines,
                List.copyOf(prices),
                rs.getString("carrier_name"),
                rs.getString("carrier_service"),
                rs.getString("tracking_number"),
                rs.getString("currency"),
                hasLabel,
                instant(rs, "created_at"),
                instant(rs, "shipped_at"),
                instant(rs, "delivered_at"),
                instant(rs, "ship_by"),
                rs.getString("shipping_method"),
                HoldReason.stored(rs.getString("error_type")),
                rs.getString("error_message"),
                instant(rs, "picking_started_at"),
                List.of(),
                instant(rs, "updated_at"),
                instant(rs, "deliver_by"),
                new OrderTerms(rs.getString("external_id"), rs.getString("source"), null, null, null, subscription,
                        rs.getString("duties"), rs.getString("packing_slip_url"), requested, rs.getString("carrier_account"),
                        rs.getString("box_name")));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private void touch(long id) {
        jdbc.sql("update outbound_order set updated_at = :now where id = :id").param("now", now()).param("id", id).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
