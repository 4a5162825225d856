package dev.wharf.outbound;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The warehouse's orders at a glance, for the supervisor's dashboard and the console's lists:
 * grouped counts and pages of plain rows, each one query (no order is read one by one).
 */
@Service
public class FloorBoard {

    /** An order as a list shows it. */
    public record OrderRow(long id, String number, String externalId, long merchantId, OrderStatus status, Instant shipBy,
                           Instant createdAt, String trackingNumber) {
    }

    /** What a list of orders is filtered by; any part may be null. {@code from}/{@code to} bound the creation time. */
    public record Filter(MerchantId merchant, OrderStatus status, Instant from, Instant to) {
    }

    /** The warehouse's work in numbers. */
    public record Counts(Map<OrderStatus, Long> byStatus, long atRisk, long waitingForStock, long openPickLists) {
    }

    private static final String NOT_GONE = "status not in ('SHIPPED', 'DELIVERED', 'CANCELLED')";
    private static final String COLUMNS = "id, number, external_id, merchant_id, status, ship_by, created_at, tracking_number";

    private final JdbcClient jdbc;

    FloorBoard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Orders by status; those not shipped whose ship-by time falls before {@code riskBefore} (late,
     * or about to miss the cut-off); those held for stock; pick lists still open.
     */
    public Counts counts(WarehouseId warehouse, Instant riskBefore) {
        var byStatus = new EnumMap<OrderStatus, Long>(OrderStatus.class);
        jdbc.sql("select status, count(*) from outbound_order where warehouse_id = :w group by status")
                .param("w", warehouse.value())
                .query((ResultSet rs) -> {
                    byStatus.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        long atRisk = jdbc.sql("select count(*) from outbound_order where warehouse_id = :w and ship_by < :t and " + NOT_GONE)
                .param("w", warehouse.value()).param("t", utc(riskBefore)).query(Long.class).single();
        long waiting = jdbc.sql("select count(*) from outbound_order where warehouse_id = :w and status = 'ERROR'"
                + " and error_type in ('STOCKOUT', 'SHORT_PICK')").param("w", warehouse.value()).query(Long.class).single();
        long pickLists = jdbc.sql("select count(*) from pick_list where warehouse_id = :w and status = 'OPEN'")
                .param("w", warehouse.value()).query(Long.class).single();
        return new Counts(byStatus, atRisk, waiting, pickLists);
    }

    /** A page of the warehouse's orders, newest first. */
    public List<OrderRow> list(WarehouseId warehouse, Filter filter, int offset, int limit) {
        var sql = new StringBuilder("select " + COLUMNS + " from outbound_order where warehouse_id = :w");
        var query = new java.util.LinkedHashMap<String, Object>();
        query.put("w", warehouse.value());
        where(filter, sql, query);
        sql.append(" order by id desc limit :limit offset :offset");
        query.put("limit", limit);
        query.put("offset", offset);
        return jdbc.sql(sql.toString()).params(query).query(FloorBoard::row).list();
    }

    /** Orders not shipped whose ship-by time is before {@code riskBefore}, the most urgent first. */
    public List<OrderRow> atRisk(WarehouseId warehouse, Instant riskBefore, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbound_order where warehouse_id = :w and ship_by < :t and " + NOT_GONE
                        + " order by ship_by, id limit :limit offset :offset")
                .param("w", warehouse.value()).param("t", utc(riskBefore)).param("limit", limit).param("offset", offset)
                .query(FloorBoard::row).list();
    }

    /** Orders held for stock (a stockout or a short pick), waiting for a retry. */
    public List<OrderRow> waitingForStock(WarehouseId warehouse, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbound_order where warehouse_id = :w and status = 'ERROR'"
                        + " and error_type in ('STOCKOUT', 'SHORT_PICK') order by id limit :limit offset :offset")
                .param("w", warehouse.value()).param("limit", limit).param("offset", offset).query(FloorBoard::row).list();
    }

    private static void where(Filter filter, StringBuilder sql, Map<String, Object> query) {
        if (filter.merchant() != null) {
            sql.append(" and merchant_id = :m");
            query.put("m", filter.merchant().value());
        }
        if (filter.status() != null) {
            sql.append(" and status = :s");
            query.put("s", filter.status().name());
        }
        if (filter.from() != null) {
            sql.append(" and created_at >= :from");
            query.put("from", utc(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and created_at < :to");
            query.put("to", utc(filter.to()));
        }
    }

    private static OrderRow row(ResultSet rs, int n) throws SQLException {
        return new OrderRow(rs.getLong("id"), rs.getString("number"), rs.getString("external_id"), rs.getLong("merchant_id"),
                OrderStatus.valueOf(rs.getString("status")), instant(rs, "ship_by"), instant(rs, "created_at"),
                rs.getString("tracking_number"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
