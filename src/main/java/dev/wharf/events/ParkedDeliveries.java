package dev.wharf.events;

import static dev.wharf.events.Webhooks.utc;

import dev.wharf.shared.Keyset;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliveries that used up their attempts, kept for a supervisor: listed, and replayed with the
 * same event (same body, same event id) for another round of attempts once the receiver is fixed.
 */
@Service
public class ParkedDeliveries {

    /**
     * A delivery as a supervisor sees it: the receiver's host only (a URL may carry a token in its
     * query), never its credentials or the body.
     */
    public record Delivery(long id, String eventId, String status, String method, String host, int attempts,
                           Instant createdAt, Instant lastAttemptAt, Integer lastHttpStatus, String lastError) {
    }

    private final JdbcClient jdbc;
    private final TimeSource time;

    ParkedDeliveries(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** How many deliveries are parked or failed: the dashboard's warning, one count instead of reading the rows. */
    public long countFailing() {
        return jdbc.sql("select count(*) from webhook_delivery where status in ('PARKED', 'FAILED')").query(Long.class).single();
    }

    /** Deliveries in {@code status} (PARKED, or FAILED for the partner push), oldest first, at most {@code limit}. */
    public List<Delivery> list(String status, Keyset page) {
        return jdbc.sql("""
                select d.id, d.event_uuid, d.status, d.http_method, d.url, d.attempts, d.created_at,
                       a.attempted_at, a.http_status, a.error
                from webhook_delivery d
                left join webhook_attempt a on a.delivery_id = d.id
                     and a.id = (select max(l.id) from webhook_attempt l where l.delivery_id = d.id)
                where d.status = :status and d.id > :after order by d.id limit :limit""")
                .param("status", status).param("after", page.after()).param("limit", page.limit())
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getString("event_uuid"), rs.getString("status"),
                        rs.getString("http_method"), URI.create(rs.getString("url")).getHost(), rs.getInt("attempts"),
                        Webhooks.instant(rs, "created_at"), Webhooks.instant(rs, "attempted_at"),
                        rs.getObject("http_status", Integer.class), rs.getString("error")))
                .list();
    }

    /**
     * Puts a parked delivery back in the queue, due now, for {@link LogisticsEvents#ATTEMPTS} more
     * attempts (retried at the back-off cap, since the receiver has already had its short retries).
     */
    @Transactional
    public Delivery replay(long id) {
        var status = jdbc.sql("select status from webhook_delivery where id = :id").param("id", id).query(String.class).optional()
                .orElseThrow(() -> new NotFound("id", "webhook delivery " + id + " not found"));
        if (!Webhooks.PARKED.equals(status)) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "status",
                    "only a parked delivery is replayed; this one is " + status);
        }
        jdbc.sql("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = :now, max_attempts = attempts + :round,
                       claimed_by = null, claimed_until = null
                where id = :id and status = 'PARKED'""")
                .param("now", utc(time.now())).param("round", LogisticsEvents.ATTEMPTS).param("id", id)
                .update();
        return jdbc.sql("""
                select d.id, d.event_uuid, d.status, d.http_method, d.url, d.attempts, d.created_at from webhook_delivery d
                where d.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getString("event_uuid"), rs.getString("status"),
                        rs.getString("http_method"), URI.create(rs.getString("url")).getHost(), rs.getInt("attempts"),
                        Webhooks.instant(rs, "created_at"), null, null, null))
                .single();
    }
}
