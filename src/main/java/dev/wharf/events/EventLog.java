package dev.wharf.events;

import dev.wharf.shared.TimeSource;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records every transition as a row of its own. The listener runs synchronously inside the
 * publisher's transaction, so a change and its event commit (or roll back) together.
 */
@Service
public class EventLog {

    /** One recorded transition, as read back. */
    public record Entry(long sequence, String entityType, long entityId, String type, String fromStatus, String toStatus,
                       String actor, java.time.Instant occurredAt) {
    }

    private final JdbcClient jdbc;
    private final TimeSource time;

    EventLog(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @EventListener
    void on(StatusChanged event) {
        jdbc.sql("""
                insert into domain_event (entity_type, entity_id, type, from_status, to_status, actor, occurred_at)
                values (:entityType, :entityId, :type, :from, :to, :actor, :now)""")
                .param("entityType", event.entityType()).param("entityId", event.entityId())
                .param("type", event.entityType() + "_" + event.toStatus())
                .param("from", event.fromStatus()).param("to", event.toStatus()).param("actor", event.actor())
                .param("now", time.now().atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Entry> history(String entityType, long entityId) {
        return jdbc.sql("select * from domain_event where entity_type = :t and entity_id = :id order by id")
                .param("t", entityType).param("id", entityId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("entity_type"), rs.getLong("entity_id"),
                        rs.getString("type"), rs.getString("from_status"), rs.getString("to_status"), rs.getString("actor"),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
