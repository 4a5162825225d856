package dev.wharf.events;

import static dev.wharf.events.Webhooks.utc;

import dev.wharf.shared.TimeSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due webhook deliveries. Every instance of the service runs one; they share nothing but
 * the database. A worker claims a row with a conditional UPDATE that only one claimer can win,
 * sends it, and settles it; a claim is a lease, so the rows of a worker that died mid-batch are
 * picked up by another once the lease lapses. No transaction or connection is held while a POST
 * is on the wire.
 */
@Component
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** The longest a batch may spend on the wire: connect and read, plus a little for a slow body. */
    static final Duration SEND_LIMIT = CONNECT_TIMEOUT.plus(READ_TIMEOUT).plusSeconds(5);
    /**
     * Well beyond SEND_LIMIT, so a live worker settles its rows before its claim lapses; only a
     * crashed (or hung) worker's rows are taken over, two minutes later at most. The default of
     * {@code wharf.webhooks.lease}.
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration BACKOFF_CAP = Duration.ofHours(1);
    static final int BATCH = 20;
    private static final int ERROR_LENGTH = 1000;

    /**
     * When to retry and when to give up. A delivery without a limit of attempts (the partner push):
     * attempt n failing waits {@code base × 2^(n−1)}, at most {@code cap}; a failure whose retry would
     * fall after {@code createdAt + giveUpAfter} is the last (FAILED). A delivery with a limit (the
     * Logistics webhooks): attempt n failing waits {@code firstRetry × 2^(n−1)}, at most {@code cap},
     * and the failure of its last attempt parks it. {@code lease} is how long a claim holds.
     */
    record Policy(Duration backoffBase, Duration backoffCap, Duration giveUpAfter, int batchSize, Duration firstRetry,
                  Duration lease) {

        Policy {
            if (backoffBase.isNegative() || backoffBase.isZero() || backoffCap.compareTo(backoffBase) < 0
                    || giveUpAfter.isNegative() || batchSize < 1 || firstRetry.isNegative() || firstRetry.isZero()
                    || backoffCap.compareTo(firstRetry) < 0 || lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException(
                        "webhook policy: positive base and first retry, cap ≥ both, give-up ≥ 0, batch ≥ 1, positive lease");
            }
        }

        /** The partner push's policy only; limited deliveries retry first after {@code backoffBase} too. */
        Policy(Duration backoffBase, Duration backoffCap, Duration giveUpAfter, int batchSize) {
            this(backoffBase, backoffCap, giveUpAfter, batchSize, backoffBase, LEASE);
        }

        Duration delayAfter(int attempt) {
            return doubled(backoffBase, attempt);
        }

        Duration limitedDelayAfter(int attempt) {
            return doubled(firstRetry, attempt);
        }

        private Duration doubled(Duration base, int attempt) {
            // 2^31 × any base is past any sensible cap; stopping the doubling there avoids overflow.
            var delay = base.multipliedBy(1L << Math.min(attempt - 1, 31));
            return delay.compareTo(backoffCap) > 0 ? backoffCap : delay;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TimeSource time;
    private final String workerId;
    private final Policy policy;
    private final String signingSecret;
    private final boolean enabled;
    private final HttpClient http;

    @Autowired
    WebhookWorker(JdbcClient jdbc, PlatformTransactionManager transactions, TimeSource time, WebhookSettings settings) {
        this(jdbc, transactions, time, UUID.randomUUID().toString(), new Policy(settings.backoffBase(), BACKOFF_CAP,
                settings.giveUpAfter(), BATCH, settings.firstRetry(), settings.lease()), settings.signingSecret(), settings.enabled());
    }

    /** A worker of its own: tests build several, with their own ids, clocks and policies, beside the service's. */
    WebhookWorker(JdbcClient jdbc, PlatformTransactionManager transactions, TimeSource time, String workerId, Policy policy,
                  String signingSecret) {
        this(jdbc, transactions, time, workerId, policy, signingSecret, true);
    }

    private WebhookWorker(JdbcClient jdbc, PlatformTransactionManager transactions, TimeSource time, String workerId,
                          Policy policy, String signingSecret, boolean enabled) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.time = time;
        this.workerId = workerId;
        this.policy = policy;
        this.signingSecret = signingSecret == null ? "" : signingSecret;
        this.enabled = enabled;
        // HTTP/1.1: a webhook is one small POST, and the h2c upgrade the JDK tries on plain http
        // is something not every receiver handles. Redirects are not followed: a 3xx is a failure.
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${wharf.webhooks.poll-interval:5s}")
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            while (runOnce() == policy.batchSize()) {
                // A full batch: more may be due, so go on without waiting for the next poll.
            }
        } catch (RuntimeException e) {
            // The next poll tries again; claims taken before the failure lapse on their own.
            log.warn("webhook poll failed: {}", e.toString());
        }
    }

    /** Claims what is due (one batch at most), sends it, settles it. Returns how many deliveries were attempted. */
    int runOnce() {
        var claimed = claimDue(time.now());
        var sends = claimed.stream().map(this::send).toList();
        long deadline = System.nanoTime() + SEND_LIMIT.toNanos();
        for (var send : sends) {
            Outcome outcome;
            try {
                outcome = send.await(deadline);
            } catch (InterruptedException e) {
                // Shutting down: what is not settled stays claimed until the lease lapses, then is sent again.
                Thread.currentThread().interrupt();
                sends.forEach(s -> s.exchange().cancel(true));
                return claimed.size();
            }
            try {
                settle(send, outcome);
            } catch (RuntimeException e) {
                // The row stays claimed and is retried once the lease lapses: at least once, never lost.
                log.warn("webhook delivery {} (event {}) could not be settled: {}", send.delivery().id(),
                        send.delivery().eventUuid(), e.toString());
            }
        }
        return claimed.size();
    }

    // ------------------------------------------------------------------ claiming

    /** A claimed row, with what it takes to send it. */
    private record Delivery(long id, String eventUuid, String url, String method, String authKind, String authUser,
                            String authHeader, String authSecret, String body, int attempts, Integer maxAttempts,
                            Instant createdAt) {

        @Override
        public String toString() {
            return "Delivery[id=" + id + ", event=" + eventUuid + "]";
        }
    }

    private List<Delivery> claimDue(Instant now) {
        var candidates = jdbc.sql("""
                select id from webhook_delivery
                where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
                order by next_attempt_at, id limit :batch""")
                .param("now", utc(now)).param("batch", policy.batchSize())
                .query(Long.class).list();
        var won = new ArrayList<Long>();
        for (long id : candidates) {
            // Each claim commits on its own. Whoever commits first makes the row stop matching, and
            // both databases re-check the condition of a concurrent UPDATE on the row it waited for:
            // one claimer sees 1, every other sees 0.
            int updated = jdbc.sql("""
                    update webhook_delivery set claimed_by = :me, claimed_until = :lease
                    where id = :id and status = 'PENDING' and next_attempt_at <= :now
                      and (claimed_until is null or claimed_until < :now)""")
                    .param("me", workerId).param("lease", utc(now.plus(policy.lease()))).param("id", id).param("now", utc(now))
                    .update();
            if (updated == 1) {
                won.add(id);
            }
        }
        if (won.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from webhook_delivery where id in (:ids) and claimed_by = :me order by id")
                .param("ids", won).param("me", workerId)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getString("event_uuid"), rs.getString("url"),
                        rs.getString("http_method"), rs.getString("auth_kind"), rs.getString("auth_user"),
                        rs.getString("auth_header"), rs.getString("auth_secret"), rs.getString("body"), rs.getInt("attempts"),
                        rs.getObject("max_attempts", Integer.class), Webhooks.instant(rs, "created_at")))
                .list();
    }

    // ------------------------------------------------------------------ sending

    /** What an attempt came to: an HTTP status, or the error that kept an answer from coming. */
    private record Outcome(Integer httpStatus, String error, long durationMs) {

        boolean delivered() {
            return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
        }
    }

    /** A POST on its way. */
    private record Send(Delivery delivery, Instant startedAt, long startedNanos,
                        CompletableFuture<HttpResponse<Void>> exchange, CompletableFuture<Outcome> outcome) {

        Outcome await(long deadlineNanos) throws InterruptedException {
            try {
                return outcome.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // The read timeout only covers the wait for the headers: this bounds a body that trickles in.
                exchange.cancel(true);
                return new Outcome(null, "no complete answer within " + SEND_LIMIT.toSeconds() + " s", millisSince(startedNanos));
            } catch (ExecutionException e) {
                return new Outcome(null, describe(e.getCause()), millisSince(startedNanos));
            }
        }
    }

    /** Starts the POST without waiting for it: a batch goes out at once, so one slow receiver does not hold up the rest. */
    private Send send(Delivery delivery) {
        var startedAt = time.now();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> exchange;
        try {
            exchange = http.sendAsync(request(delivery), HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            exchange = CompletableFuture.failedFuture(e);
        }
        var outcome = exchange.handle((response, failure) -> response != null
                ? new Outcome(response.statusCode(), null, millisSince(started))
                : new Outcome(null, describe(failure), millisSince(started)));
        return new Send(delivery, startedAt, started, exchange, outcome);
    }

    private HttpRequest request(Delivery delivery) {
        var body = delivery.body().getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(READ_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Wharf-Event-Id", delivery.eventUuid())
                .method(delivery.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        if (!signingSecret.isBlank()) {
            request.header("X-Wharf-Signature", "sha256=" + hmacSha256(signingSecret, body));
        }
        switch (delivery.authKind()) {
            case "BASIC" -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (delivery.authUser() + ":" + delivery.authSecret()).getBytes(StandardCharsets.UTF_8)));
            case "BEARER" -> request.header("Authorization", "Bearer " + delivery.authSecret());
            case "TOKEN" -> request.header(delivery.authHeader(), delivery.authSecret());
            default -> {
                // NONE: the receiver relies on the signature (or on nothing).
            }
        }
        return request.build();
    }

    static String hmacSha256(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The failure's kind and message: no request data, so no credential, goes into the attempt log. */
    private static String describe(Throwable failure) {
        var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        var text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    // ------------------------------------------------------------------ settling

    /** Logs the attempt and moves the delivery on (delivered, retry later, or given up) in one transaction. */
    private void settle(Send send, Outcome outcome) {
        var delivery = send.delivery();
        int number = delivery.attempts() + 1;
        var now = time.now();
        String status;
        Instant next = now;
        if (outcome.delivered()) {
            status = Webhooks.DELIVERED;
        } else if (delivery.maxAttempts() != null) {
            next = now.plus(policy.limitedDelayAfter(number));
            status = number >= delivery.maxAttempts() ? Webhooks.PARKED : Webhooks.PENDING;
        } else {
            next = now.plus(policy.delayAfter(number));
            status = next.isAfter(delivery.createdAt().plus(policy.giveUpAfter())) ? Webhooks.FAILED : Webhooks.PENDING;
        }
        var settledStatus = status;
        var nextAttempt = next;
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    insert into webhook_attempt (delivery_id, number, attempted_at, http_status, error, duration_ms)
                    values (:id, :number, :at, :status, :error, :ms)""")
                    .param("id", delivery.id()).param("number", number).param("at", utc(send.startedAt()))
                    .param("status", outcome.httpStatus(), Types.INTEGER)
                    .param("error", outcome.error(), Types.VARCHAR).param("ms", outcome.durationMs())
                    .update();
            // Only while the claim is still ours: if it lapsed and another worker took the row, that
            // worker owns its state now (the attempt above was still made, so it stays logged).
            int updated = jdbc.sql("""
                    update webhook_delivery set status = :status, attempts = :number, next_attempt_at = :next,
                           delivered_at = :deliveredAt, claimed_by = null, claimed_until = null
                    where id = :id and claimed_by = :me""")
                    .param("status", settledStatus).param("number", number).param("next", utc(nextAttempt))
                    .param("deliveredAt", outcome.delivered() ? utc(now) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("id", delivery.id()).param("me", workerId)
                    .update();
            if (updated == 0) {
                log.warn("webhook delivery {} (event {}): claim lost before attempt {} was settled", delivery.id(),
                        delivery.eventUuid(), number);
            }
        });
        if (Webhooks.FAILED.equals(settledStatus) || Webhooks.PARKED.equals(settledStatus)) {
            log.warn("webhook delivery {} (event {}) {} after {} attempts; last: {}", delivery.id(), delivery.eventUuid(),
                    settledStatus.toLowerCase(),
                    number, outcome.httpStatus() != null ? "HTTP " + outcome.httpStatus() : outcome.error());
        } else {
            log.debug("webhook delivery {} (event {}) attempt {}: {}", delivery.id(), delivery.eventUuid(), number,
                    outcome.httpStatus() != null ? "HTTP " + outcome.httpStatus() : outcome.error());
        }
    }
}
