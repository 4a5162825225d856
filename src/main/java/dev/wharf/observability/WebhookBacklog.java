package dev.wharf.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * wharf_webhook_deliveries{status=pending|failed|delivered}: the outgoing webhook and status-push
 * outbox by status. One grouped count, cached for a few seconds, so that scrapes from several
 * Prometheus servers do not each scan the table.
 */
@Component
class WebhookBacklog {

    private static final Logger log = LoggerFactory.getLogger(WebhookBacklog.class);
    static final List<String> STATUSES = List.of("PENDING", "FAILED", "DELIVERED");
    private static final long TTL_NANOS = Duration.ofSeconds(5).toNanos();

    private final JdbcClient jdbc;
    private Map<String, Long> counts = Map.of();
    private long readAt;
    private boolean read;

    WebhookBacklog(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        for (var status : STATUSES) {
            Gauge.builder("wharf.webhook.deliveries", this, backlog -> backlog.count(status))
                    .description("webhook and status-push deliveries by status (pending = the backlog)")
                    .tag("status", status.toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    synchronized double count(String status) {
        var now = System.nanoTime();
        if (!read || now - readAt > TTL_NANOS) {
            try {
                var fresh = new HashMap<String, Long>();
                jdbc.sql("select status, count(*) as n from webhook_delivery group by status")
                        .query((java.sql.ResultSet row) -> {
                            fresh.put(row.getString("status"), row.getLong("n"));
                        });
                counts = fresh;
            } catch (DataAccessException e) {
                // A scrape must not fail because the database is briefly away: the gauge shows NaN instead.
                log.warn("webhook backlog not readable: {}", e.getMessage());
                counts = null;
            }
            readAt = now;
            read = true;
        }
        return counts == null ? Double.NaN : counts.getOrDefault(status, 0L);
    }
}
