package dev.wharf.inbound;

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

/** The warehouse's inbounds at a glance, for the dashboard and the console's lists: one query each. */
@Service
public class InboundBoard {

    /** An inbound as a list shows it. */
    public record InboundRow(long id, String number, String externalId, long merchantId, InboundStatus status, Instant expectedAt,
                             Instant createdAt) {
    }

    /** What a list of inbounds is filtered by; any part may be null. {@code from}/{@code to} bound the creation time. */
    public record Filter(MerchantId merchant, List<InboundStatus> statuses, Instant from, Instant to) {
    }

    private final JdbcClient jdbc;

    InboundBoard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<InboundStatus, Long> countsByStatus(WarehouseId warehouse) {
        var counts = new EnumMap<InboundStatus, Long>(InboundStatus.class);
        jdbc.sql("select status, count(*) from inbound where warehouse_id = :w group by status").param("w", warehouse.value())
                .query((ResultSet rs) -> {
                    counts.put(InboundStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** A page of the warehouse's inbounds, newest first. */
    public List<InboundRow> list(WarehouseId warehouse, Filter filter, int offset, int limit) {
        var sql = new StringBuilder("select id, number, external_id, merchant_id, status, expected_at, created_at from inbound"
                + " where warehouse_id = :w");
        var query = new java.util.LinkedHashMap<String, Object>();
        query.put("w", warehouse.value());
        if (filter.merchant() != null) {
            sql.append(" and merchant_id = :m");
            query.put("m", filter.merchant().value());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            sql.append(" and status in (:s)");
            query.put("s", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            sql.append(" and created_at >= :from");
            query.put("from", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and created_at < :to");
            query.put("to", filter.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by id desc limit :limit offset :offset");
        query.put("limit", limit);
        query.put("offset", offset);
        return jdbc.sql(sql.toString()).params(query).query(InboundBoard::row).list();
    }

    private static InboundRow row(ResultSet rs, int n) throws SQLException {
        return new InboundRow(rs.getLong("id"), rs.getString("number"), rs.getString("external_id"), rs.getLong("merchant_id"),
                InboundStatus.valueOf(rs.getString("status")), instant(rs, "expected_at"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
