package dev.wharf.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.wharf.shared.TimeSource;
import dev.wharf.support.WharfIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries with a limit of attempts (the Logistics webhooks): the vendor's schedule, parking
 * after the tenth failure, and a claim that outlives its worker lasting exactly the configured lease.
 */
class LimitedDeliveriesTest extends WharfIntegrationTest {

    private static final Duration FIRST_RETRY = Duration.ofMinutes(5);

    @Autowired
    private Webhooks webhooks;

    @Autowired
    private JdbcClient db;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private WireMockServer receiver;

    /** Whole seconds (the database keeps microseconds), and after the enqueue stamped by the real clock. */
    private static Clockwork clock() {
        return new Clockwork(Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @BeforeEach
    void start() {
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    private WebhookWorker worker(TimeSource clock, Duration lease) {
        return new WebhookWorker(db, transactionManager, clock, "test-" + UUID.randomUUID(),
                new WebhookWorker.Policy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(26), 20, FIRST_RETRY, lease), "");
    }

    private String enqueue(String path) {
        var key = "limited-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> webhooks.enqueue(
                WebhookTarget.unauthenticated("http://localhost:" + receiver.port() + path), "{\"n\":1}", key, 10));
        return key;
    }

    private Instant nextAttempt(String key) {
        return db.sql("select next_attempt_at from webhook_delivery where dedup_key = :key").param("key", key)
                .query(OffsetDateTime.class).single().toInstant();
    }

    @Test
    void ten_failures_five_minutes_apart_then_doubling_to_an_hour_park_the_delivery() {
        receiver.stubFor(any(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        var key = enqueue("/down");
        var clock = clock();
        var worker = worker(clock, WebhookWorker.LEASE);
        var waits = new ArrayList<Duration>();
        for (int attempt = 1; attempt <= 10; attempt++) {
            worker.runOnce();
            assertThat(receiver.findAll(anyRequestedFor(urlEqualTo("/down")))).hasSize(attempt);
            var next = nextAttempt(key);
            waits.add(Duration.between(clock.now(), next).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            clock.set(next);
        }
        assertThat(waits.subList(0, 9)).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofMinutes(40), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofHours(1));
        var delivery = webhooks.deliveries(key).get(0);
        assertThat(delivery.status()).isEqualTo(Webhooks.PARKED);
        assertThat(delivery.attempts()).hasSize(10);
        assertThat(delivery.attempts()).allSatisfy(a -> assertThat(a.httpStatus()).isEqualTo(503));

        clock.set(clock.now().plus(Duration.ofDays(2)));
        worker.runOnce();
        assertThat(receiver.findAll(anyRequestedFor(urlEqualTo("/down")))).as("parked stays parked").hasSize(10);
    }

    @Test
    void a_delivery_in_flight_on_a_worker_that_dies_is_resent_with_the_same_event_id_once_the_configured_lease_lapses()
            throws Exception {
        // The receiver answers slowly: the first worker is still waiting when the second one looks.
        receiver.stubFor(any(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
        var key = enqueue("/slow");
        var clock = clock();
        var lease = Duration.ofMinutes(7);
        var dying = worker(clock, lease);
        var inFlight = CompletableFuture.supplyAsync(dying::runOnce);
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (receiver.findAll(anyRequestedFor(urlEqualTo("/slow"))).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        var claimedUntil = db.sql("select claimed_until from webhook_delivery where dedup_key = :key").param("key", key)
                .query(OffsetDateTime.class).single().toInstant();
        assertThat(Duration.between(clock.now(), claimedUntil).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).isEqualTo(lease);

        var successor = worker(clock, lease);
        clock.set(claimedUntil.minusSeconds(1));
        assertThat(successor.runOnce()).as("the claim holds until the lease lapses").isZero();
        clock.set(claimedUntil.plusMillis(1));
        assertThat(successor.runOnce()).isEqualTo(1);
        inFlight.get(20, TimeUnit.SECONDS);

        List<String> eventIds = receiver.findAll(anyRequestedFor(urlEqualTo("/slow"))).stream()
                .map(r -> r.getHeader("X-Wharf-Event-Id")).toList();
        assertThat(eventIds).hasSize(2);
        assertThat(eventIds.get(0)).isEqualTo(eventIds.get(1));
        assertThat(webhooks.deliveries(key).get(0).status()).isEqualTo(Webhooks.DELIVERED);
    }
}
