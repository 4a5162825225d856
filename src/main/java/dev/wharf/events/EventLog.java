package dev.wharf.events;

import dev.wharf.inbound.InboundEvent;
import dev.wharf.outbound.OrderEvent;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.PackageEvent;
import dev.wharf.shared.TimeSource;
import dev.wharf.shared.WritesTogether;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records every transition of orders, inbounds and packages as a row of its own. The listeners
 * run synchronously inside the publisher's transaction, so a change and its record commit (or roll
 * back) together: the table is an outbox, which an asynchronous listener after commit could not be.
 */
@Service
public class EventLog {

    /** One recorded transition, as read back. */
    public record Entry(long sequence, String entityType, long entityId, String type, String fromStatus, String toStatus,
                       String actor, java.time.Instant occurredAt) {
    }

    private static final String ORDER = "ORDER";
    private static final String INBOUND = "INBOUND";
    private static final String PACKAGE = "PACKAGE";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TimeSource time;

    EventLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TimeSource time) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.time = time;
    }

    @EventListener
    void on(OrderEvent event) {
        record(ORDER, event.order().value(), event.from(), event.to(), event.actor());
    }

    @EventListener
    void on(InboundEvent event) {
        record(INBOUND, event.inbound().value(), event.from(), event.to(), event.actor());
    }

    @EventListener
    void on(PackageEvent event) {
        record(PACKAGE, event.pkg().value(), event.from(), event.to(), event.actor());
    }

    /**
     * The row's entity type and type ("ORDER", "ORDER_SHIPPED") are words of the table, not of the
     * code. Several transitions published together (a placed order is also allocated) are written
     * in one round-trip.
     */
    private void record(String entityType, long entityId, Enum<?> from, Enum<?> to, String actor) {
        var row = new MapSqlParameterSource("entityType", entityType).addValue("entityId", entityId)
                .addValue("type", entityType + "_" + to.name())
                .addValue("from", from == null ? null : from.name()).addValue("to", to.name()).addValue("actor", actor)
                .addValue("now", time.now().atOffset(ZoneOffset.UTC));
        if (WritesTogether.active()) {
            WritesTogether.collect(this, row, this::write);
        } else {
            write(List.of(row));
        }
    }

    private void write(List<MapSqlParameterSource> rows) {
        batch.batchUpdate("""
                insert into domain_event (entity_type, entity_id, type, from_status, to_status, actor, occurred_at)
                values (:entityType, :entityId, :type, :from, :to, :actor, :now)""", rows.toArray(SqlParameterSource[]::new));
    }

    /** Every transition of the order, oldest first. */
    public List<Entry> history(OrderId order) {
        return history(ORDER, order.value());
    }

    private List<Entry> history(String entityType, long entityId) {
        return jdbc.sql("select * from domain_event where entity_type = :t and entity_id = :id order by id")
                .param("t", entityType).param("id", entityId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("entity_type"), rs.getLong("entity_id"),
                        rs.getString("type"), rs.getString("from_status"), rs.getString("to_status"), rs.getString("actor"),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
