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
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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
    private final NamedParameterJdbcTemplate batch;

    OrderRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** What the database chose for a new order: its id and its number. */
    record Inserted(long id, String number) {
    }

    /**
     * Writes a new order in the given status, its requested lines with it; the number is drawn in
     * the same statement. Times are stored as given (whole microseconds, as the database keeps them).
     */
    Inserted insert(OrderDraft d, String currency, DeliveryPromise promise, OrderStatus status, OffsetDateTime now) {
        var shipBy = promise.shipBy();
        var terms = d.terms();
        var keys = new GeneratedKeyHolder();
        var to = d.shipTo();
        var insert = jdbc.sql("""
                insert into outbound_order (number, merchant_id, warehouse_id, type, status, latest_delivery_date, note,
                    ship_to_name, ship_to_email, ship_to_company, ship_to_address1, ship_to_address2, ship_to_city,
                    ship_to_state, ship_to_postal, ship_to_country_code, ship_to_phone, currency, created_at, updated_at,
                    ship_by, shipping_method, external_id, source, deliver_by, subscription, duties, packing_slip_url,
                    carrier_account, box_name)
                values ('#PF ' || nextval('order_number_seq'), :m, :w, :type, :status, :latest, :note,
                    :name, :email, :company, :a1, :a2, :city, :state, :postal, :country, :phone, :currency, :now, :now,
                    :shipBy, :method, :external, :source, :deliverBy, :subscription, :duties, :slip, :carrierAccount, :boxName)""")
                .param("m", d.merchant().value()).param("w", d.warehouse().value())
                .param("type", d.type().name()).param("status", status.name()).param("latest", d.latestDeliveryDate()).param("note", d.note())
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
            insert.update(keys, "id", "number");
        } catch (DuplicateKeyException e) {
            // uq_order_external_id: the merchant placed this external id before (or a concurrent request just did).
            throw PlacingOrder.duplicate(terms.externalId());
        }
        var written = keys.getKeys();
        long id = ((Number) value(written, "id")).longValue();
        var inserted = new Inserted(id, (String) value(written, "number"));
        var requested = terms.requestedLines();
        if (!requested.isEmpty()) {
            var rows = new ArrayList<MapSqlParameterSource>();
            for (int position = 0; position < requested.size(); position++) {
                var line = requested.get(position);
                rows.add(new MapSqlParameterSource("o", id).addValue("pos", position).addValue("sku", line.sku())
                        .addValue("q", line.quantity()).addValue("amount", line.customsAmount())
                        .addValue("currency", line.customsCurrency()));
            }
            batch.batchUpdate("""
                    insert into outbound_requested_line (order_id, position, sku, quantity, customs_amount, customs_currency)
                    values (:o, :pos, :sku, :q, :amount, :currency)""", rows.toArray(SqlParameterSource[]::new));
        }
        return inserted;
    }

    /** A generated column's value, whatever case the driver names it in. */
    private static Object value(java.util.Map<String, Object> keys, String column) {
        return keys.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow().getValue();
    }

    /** The lines' ids, in the lines' order; one round-trip. */
    List<Long> insertLines(long orderId, List<OrderDraft.Line> lines) {
        var keys = new GeneratedKeyHolder();
        batch.getJdbcTemplate().batchUpdate(connection -> connection.prepareStatement("""
                insert into outbound_order_line (order_id, position, product_id, requested_balance_id, quantity)
                values (?, ?, ?, ?, ?)""", new String[] {"id"}), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
                        var line = lines.get(i);
                        ps.setLong(1, orderId);
                        ps.setInt(2, i);
                        ps.setLong(3, line.product().value());
                        ps.setObject(4, line.stockRow(), Types.BIGINT);
                        ps.setInt(5, line.quantity());
                    }

                    @Override
                    public int getBatchSize() {
                        return lines.size();
                    }
                }, keys);
        return keys.getKeyList().stream().map(k -> ((Number) value(k, "id")).longValue()).toList();
    }

    void insertServices(long orderId, List<PricedService> services) {
        if (services.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into outbound_extra_service (order_id, service_plan_item_id, product_id, requested_balance_id,
                    name, unit_price, type, quantity)
                values (:o, :item, :p, :b, :name, :price, :type, :q)""", services.stream()
                .map(s -> new MapSqlParameterSource("o", orderId).addValue("item", s.servicePlanItemId())
                        .addValue("p", s.product() == null ? null : s.product().value(), Types.BIGINT)
                        .addValue("b", s.stockRow(), Types.BIGINT)
                        .addValue("name", s.name()).addValue("price", s.unitPrice()).addValue("type", s.type()).addValue("q", s.quantity()))
                .toArray(SqlParameterSource[]::new));
    }

    java.util.Optional<Long> findByExternalId(MerchantId merchant, String externalId) {
        return jdbc.sql("select id from outbound_order where merchant_id = :m and external_id = :e")
                .param("m", merchant.value()).param("e", externalId).query(Long.class).optional();
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

    /** A new order whose units could not be reserved: in ERROR, with the reason. */
    void markHeld(long id, HoldReason reason, String message, OffsetDateTime now) {
        jdbc.sql("update outbound_order set status = 'ERROR', error_type = :t, error_message = :m, updated_at = :now where id = :id")
                .param("t", reason.name()).param("m", message).param("now", now).param("id", id).update();
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
        return findAll(List.of(id)).stream().findFirst();
    }

    /**
     * Many orders with their lines, prices, label flag and requested lines, in five queries
     * whatever their number (one per table); in the ids' order, unknown ids left out.
     */
    List<OrderView> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var lines = new java.util.HashMap<Long, List<OrderView.Line>>();
        jdbc.sql("""
                select order_id, id, product_id, requested_balance_id, quantity, received from outbound_order_line
                where order_id in (:ids) order by order_id, position""").param("ids", ids)
                .query((rs, n) -> new Object[] {rs.getLong(1), new OrderView.Line(rs.getLong(2), new ProductId(rs.getLong(3)),
                        rs.getObject(4, Long.class), rs.getInt(5), rs.getInt(6))})
                .list().forEach(row -> lines.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((OrderView.Line) row[1]));
        var labelled = new java.util.HashSet<>(jdbc.sql("select distinct order_id from outbound_label where order_id in (:ids)")
                .param("ids", ids).query(Long.class).list());
        var prices = new java.util.HashMap<Long, List<OrderView.PriceLine>>();
        jdbc.sql("select order_id, name, unit_price, quantity from outbound_extra_service where order_id in (:ids) order by order_id, id")
                .param("ids", ids)
                .query((rs, n) -> new Object[] {rs.getLong(1), new OrderView.PriceLine(rs.getString(2), rs.getBigDecimal(3), rs.getInt(4))})
                .list().forEach(row -> prices.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((OrderView.PriceLine) row[1]));
        var requested = new java.util.HashMap<Long, List<OrderTerms.RequestedLine>>();
        jdbc.sql("""
                select order_id, sku, quantity, customs_amount, customs_currency from outbound_requested_line
                where order_id in (:ids) order by order_id, position""").param("ids", ids)
                .query((rs, n) -> new Object[] {rs.getLong(1), new OrderTerms.RequestedLine(rs.getString(2), rs.getInt(3),
                        rs.getBigDecimal(4), rs.getString(5))})
                .list().forEach(row -> requested.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((OrderTerms.RequestedLine) row[1]));
        var found = new java.util.HashMap<Long, OrderView>();
        jdbc.sql("select * from outbound_order where id in (:ids)").param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return map(rs, lines.getOrDefault(id, List.of()), prices.getOrDefault(id, List.of()), labelled.contains(id),
                            requested.getOrDefault(id, List.of()));
                })
                .list().forEach(o -> found.put(o.id().value(), o));
        return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
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

    /**
     * The order as this transaction has just written it, built from what was written instead of
     * read back: the same view {@link #find} would give.
     */
    static OrderView written(Inserted inserted, OrderDraft d, String currency, DeliveryPromise promise, OrderStatus status,
                             HoldReason errorType, String errorMessage, OffsetDateTime now, List<Long> lineIds,
                             List<PricedService> services) {
        var lines = new ArrayList<OrderView.Line>();
        for (int i = 0; i < d.lines().size(); i++) {
            var line = d.lines().get(i);
            lines.add(new OrderView.Line(lineIds.get(i), line.product(), line.stockRow(), line.quantity(), 0));
        }
        var prices = services.stream().map(s -> new OrderView.PriceLine(s.name(), s.unitPrice(), s.quantity())).toList();
        var to = d.shipTo();
        var terms = d.terms();
        var at = now.toInstant();
        return new OrderView(
                new OrderId(inserted.id()),
                inserted.number(),
                d.merchant(),
                d.warehouse(),
                d.type(),
                status,
                d.latestDeliveryDate(),
                d.note(),
                new ShipTo(to.name(), to.email(), to.company(), to.address1(), to.address2(), to.city(), to.state(), to.postalCode(),
                        to.countryCode().toUpperCase(), to.phone()),
                List.copyOf(lines),
                prices,
                null,
                null,
                null,
                currency,
                d.label() != null,
                at,
                null,
                null,
                promise.shipBy(),
                d.shippingMethod(),
                errorType,
                errorMessage,
                null,
                List.of(),
                at,
                promise.deliverBy(),
                new OrderTerms(terms.externalId(), terms.source(), null, null, null, terms.subscription(), terms.duties(),
                        terms.packingSlipUrl(), terms.requestedLines(), terms.carrierAccount(), terms.boxName()));
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
