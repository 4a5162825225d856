package dev.wharf.events;

import dev.wharf.shared.TimeSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing webhooks, kept as a durable outbox. {@link #enqueue} only writes a row, in the
 * caller's transaction, so a delivery exists exactly when the change that caused it commits.
 * A background worker sends it later: at least once, retried with exponential back-off for
 * more than a day, each POST carrying the same {@code X-Wharf-Event-Id} so receivers can
 * de-duplicate.
 */
@Service
public class Webhooks {

    /** Still being tried: due at {@code nextAttemptAt}. */
    public static final String PENDING = "PENDING";
    /** A 2xx came back. */
    public static final String DELIVERED = "DELIVERED";
    /** Every attempt up to the give-up time failed; no more are made. */
    public static final String FAILED = "FAILED";
    /**
     * Its limit of attempts all failed: kept, not dropped, until a supervisor replays it (the
     * Logistics webhooks' policy; the partner push ends {@link #FAILED} instead).
     */
    public static final String PARKED = "PARKED";

    /**
     * A delivery as stored. {@code status} is {@link #PENDING}, {@link #DELIVERED} or {@link #FAILED};
     * {@code attemptCount} is how many attempts its workers have settled; {@code nextAttemptAt} is
     * null once the delivery is no longer pending; {@code attempts} lists every POST made, oldest first.
     */
    public record DeliveryView(long id, String eventUuid, String status, int attemptCount, Instant createdAt,
                               Instant nextAttemptAt, Instant deliveredAt, List<AttemptView> attempts) {
    }

    /**
     * One POST. {@code httpStatus} is the receiver's answer, or null when none came (then
     * {@code error} says why: refused connection, timeout...).
     */
    public record AttemptView(int number, Instant at, Integer httpStatus, String error, long durationMs) {
    }

    private final JdbcClient jdbc;
    private final TimeSource time;

    Webhooks(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /**
     * Queues {@code jsonBody} for POSTing to {@code target}; sent after the caller's transaction
     * commits, never if it rolls back. Enqueuing again with the same {@code dedupKey} and URL is
     * a no-op: the first delivery stands (so a replayed change does not notify twice).
     *
     * @param dedupKey what the notification is about, e.g. {@code shipment-42-SHIPPED}; also the key of {@link #deliveries}
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(WebhookTarget target, String jsonBody, String dedupKey) {
        enqueue(target, jsonBody, dedupKey, null);
    }

    /**
     * As {@link #enqueue(WebhookTarget, String, String)}, with at most {@code maxAttempts} attempts
     * (the first retry after {@code wharf.webhooks.first-retry}, then doubling up to an hour) after
     * which the delivery is {@link #PARKED}; null keeps the time-based give-up of the partner push.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(WebhookTarget target, String jsonBody, String dedupKey, Integer maxAttempts) {
        if (target == null || jsonBody == null) {
            throw new IllegalArgumentException("target and jsonBody are required");
        }
        if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 200) {
            throw new IllegalArgumentException("dedupKey: required, at most 200 characters");
        }
        if (maxAttempts != null && maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: at least 1");
        }
        var now = utc(time.now());
        // "on conflict do nothing" (PostgreSQL, and H2 in PostgreSQL mode): a duplicate must not
        // fail the caller's transaction, which a caught unique violation would on PostgreSQL.
        jdbc.sql("""
                insert into webhook_delivery (event_uuid, url, http_method, auth_kind, auth_user, auth_header, auth_secret, body,
                                              status, attempts, max_attempts, next_attempt_at, created_at, dedup_key)
                values (:uuid, :url, :method, :kind, :user, :header, :secret, :body, 'PENDING', 0, :max, :now, :now, :key)
                on conflict do nothing""")
                .param("uuid", UUID.randomUUID().toString()).param("url", target.url()).param("method", target.method())
                .param("kind", target.authKind()).param("header", target.tokenHeader(), Types.VARCHAR)
                .param("max", maxAttempts, Types.INTEGER)
                .param("user", target.basicUser(), Types.VARCHAR).param("secret", target.authSecret(), Types.VARCHAR)
                .param("body", jsonBody).param("now", now).param("key", dedupKey)
                .update();
    }

    /** The deliveries enqueued under {@code dedupKey}, oldest first, with their attempts. For inspection and support. */
    public List<DeliveryView> deliveries(String dedupKey) {
        var attempts = new LinkedHashMap<Long, List<AttemptView>>();
        jdbc.sql("""
                select a.* from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                where d.dedup_key = :key order by a.delivery_id, a.number, a.id""")
                .param("key", dedupKey)
                .query(rs -> {
                    attempts.computeIfAbsent(rs.getLong("delivery_id"), id -> new ArrayList<>()).add(new AttemptView(
                            rs.getInt("number"), instant(rs, "attempted_at"), rs.getObject("http_status", Integer.class),
                            rs.getString("error"), rs.getLong("duration_ms")));
                });
        return jdbc.sql("""
                select id, event_uuid, status, attempts, created_at, next_attempt_at, delivered_at
                from webhook_delivery where dedup_key = :key order by id""")
                .param("key", dedupKey)
                .query((rs, n) -> {
                    var status = rs.getString("status");
                    return new DeliveryView(rs.getLong("id"), rs.getString("event_uuid"), status, rs.getInt("attempts"),
                            instant(rs, "created_at"), PENDING.equals(status) ? instant(rs, "next_attempt_at") : null,
                            instant(rs, "delivered_at"), List.copyOf(attempts.getOrDefault(rs.getLong("id"), List.of())));
                })
                .list();
    }

    /** Microseconds, the precision both databases keep, so what is written reads back equal. */
    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
