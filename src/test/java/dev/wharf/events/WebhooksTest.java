package dev.wharf.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wharf.events.Webhooks.AttemptView;
import dev.wharf.events.Webhooks.DeliveryView;
import dev.wharf.shared.TimeSource;
import dev.wharf.support.WharfIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook outbox on the real service and database, against a WireMock receiver. The
 * service's own poller is off in tests ({@code wharf.webhooks.enabled=false}); each test builds
 * its own workers, with their own ids and clocks, and drives them with {@code runOnce()}.
 * Every test posts to a path of its own and reads its deliveries by its own keys.
 */
class WebhooksTest extends WharfIntegrationTest {

    private static final String SECRET = "whsec-test-0123456789";
    /** The production schedule: 30 s doubling to at most 1 h, given up 26 h after creation. */
    private static final WebhookWorker.Policy PRODUCTION =
            new WebhookWorker.Policy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(26), 20);

    private static WireMockServer receiver;

    @Autowired
    private Webhooks webhooks;

    @Autowired
    private JdbcClient db;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private TransactionTemplate tx;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void transactions() {
        tx = new TransactionTemplate(transactionManager);
    }

    /** A test's unfinished deliveries would otherwise be due for the next test's workers. */
    @AfterEach
    void retireLeftovers() {
        db.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING' and url like :receiver")
                .param("receiver", receiver.baseUrl() + "/%").update();
    }

    // ------------------------------------------------------------------ tests

    @Test
    void an_enqueue_rolled_back_with_its_transaction_is_never_sent() {
        var path = hookPath();
        answer(path, 200);
        var rolledBack = unique("rolled-back-");
        var committed = unique("committed-");
        tx.executeWithoutResult(status -> {
            webhooks.enqueue(WebhookTarget.unauthenticated(url(path)), "{\"n\":1}", rolledBack);
            status.setRollbackOnly();
        });
        enqueue(WebhookTarget.unauthenticated(url(path)), "{\"n\":2}", committed);

        worker(new Clockwork(), "").runOnce();

        assertThat(webhooks.deliveries(rolledBack)).isEmpty();
        // The worker did run and send what was committed: the rolled-back one was never there to send.
        assertThat(single(committed).status()).isEqualTo(Webhooks.DELIVERED);
        var received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(received).extracting(LoggedRequest::getBodyAsString).containsExactly("{\"n\":2}");
    }

    @Test
    void a_receiver_failing_twice_gets_the_body_on_the_third_attempt_with_the_same_event_id_and_its_credentials() {
        var path = hookPath();
        var scenario = "fails twice " + path;
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("failed once"));
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("failed twice"));
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(204)));
        var key = unique("shipment-SHIPPED-");
        var body = "{\"event\":\"shipment.shipped\",\"shipment\":42,\"note\":\"café\"}";
        enqueue(WebhookTarget.basic(url(path), "shop-7", "pa:ss wörd"), body, key);
        var clock = new Clockwork();
        var worker = worker(clock, SECRET);

        worker.runOnce();
        clock.set(single(key).nextAttemptAt());
        worker.runOnce();
        clock.set(single(key).nextAttemptAt());
        worker.runOnce();

        var delivery = single(key);
        assertThat(delivery.status()).isEqualTo(Webhooks.DELIVERED);
        assertThat(delivery.deliveredAt()).isNotNull();
        assertThat(delivery.attemptCount()).isEqualTo(3);
        assertThat(delivery.attempts()).extracting(AttemptView::number).containsExactly(1, 2, 3);
        assertThat(delivery.attempts()).extracting(AttemptView::httpStatus).containsExactly(503, 503, 204);
        assertThat(delivery.attempts()).extracting(AttemptView::error).containsOnlyNulls();
        var received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(received).hasSize(3);
        var basic = "Basic " + Base64.getEncoder().encodeToString("shop-7:pa:ss wörd".getBytes(StandardCharsets.UTF_8));
        for (var request : received) {
            assertThat(request.getHeader("X-Wharf-Event-Id")).isEqualTo(delivery.eventUuid());
            assertThat(request.getHeader("Authorization")).isEqualTo(basic);
            assertThat(request.getHeader("X-Wharf-Signature")).isEqualTo("sha256=" + hmac(SECRET, body));
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(request.getBodyAsString()).isEqualTo(body);
        }
        receiver.verify(3, postRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson(body)));
    }

    @Test
    void two_workers_running_at_once_on_fifty_due_deliveries_send_each_exactly_once() throws Exception {
        var path = hookPath();
        answer(path, 200);
        var prefix = unique("race-");
        var target = WebhookTarget.bearer(url(path), "tok-" + prefix);
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 50; i++) {
                webhooks.enqueue(target, "{\"i\":" + i + "}", prefix + "-" + i);
            }
        });
        var workers = List.of(worker(new TimeSource(), ""), worker(new TimeSource(), ""));
        var start = new CyclicBarrier(workers.size());
        var pool = Executors.newFixedThreadPool(workers.size());
        try {
            var runs = new ArrayList<Future<Integer>>();
            for (var worker : workers) {
                runs.add(pool.submit(() -> {
                    start.await();
                    int attempted = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (pending(prefix) > 0 && System.nanoTime() < deadline) {
                        attempted += worker.runOnce();
                    }
                    return attempted;
                }));
            }
            int attempted = 0;
            for (var run : runs) {
                attempted += run.get(90, TimeUnit.SECONDS);
            }
            assertThat(attempted).as("attempts made by both workers together").isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }

        receiver.verify(exactly(50), postRequestedFor(urlEqualTo(path)));
        var eventIds = receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(request -> request.getHeader("X-Wharf-Event-Id")).toList();
        assertThat(new HashSet<>(eventIds)).hasSize(50);
        var expected = new HashSet<String>();
        for (int i = 0; i < 50; i++) {
            var delivery = single(prefix + "-" + i);
            assertThat(delivery.status()).isEqualTo(Webhooks.DELIVERED);
            assertThat(delivery.attempts()).hasSize(1);
            expected.add(delivery.eventUuid());
        }
        assertThat(new HashSet<>(eventIds)).isEqualTo(expected);
    }

    @Test
    void a_claim_held_by_a_crashed_worker_blocks_delivery_only_until_its_lease_expires() {
        var path = hookPath();
        answer(path, 200);
        var key = unique("crashed-");
        enqueue(WebhookTarget.unauthenticated(url(path)), "{}", key);
        var clock = new Clockwork();
        var leaseEnd = clock.now().plus(WebhookWorker.LEASE);
        // What a worker that claimed the row and then died leaves behind.
        db.sql("update webhook_delivery set claimed_by = 'crashed-worker', claimed_until = :until where dedup_key = :key")
                .param("until", OffsetDateTime.ofInstant(leaseEnd, ZoneOffset.UTC)).param("key", key).update();
        var worker = worker(clock, "");

        worker.runOnce();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).isEmpty();
        assertThat(single(key).status()).isEqualTo(Webhooks.PENDING);

        clock.set(leaseEnd.plusMillis(1));
        worker.runOnce();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(1);
        var delivery = single(key);
        assertThat(delivery.status()).isEqualTo(Webhooks.DELIVERED);
        assertThat(delivery.attempts()).hasSize(1);
        assertThat(db.sql("select count(*) from webhook_delivery where dedup_key = :key and claimed_by is null and claimed_until is null")
                .param("key", key).query(Long.class).single()).as("claim released").isEqualTo(1);
    }

    @Test
    void retries_back_off_exponentially_to_a_one_hour_cap_and_give_up_after_the_last_attempt_within_26_hours() {
        var path = hookPath();
        answer(path, 500);
        var key = unique("backoff-");
        enqueue(WebhookTarget.unauthenticated(url(path)), "{}", key);
        var clock = new Clockwork();
        var worker = worker(clock, PRODUCTION, "");

        // Each retry as soon as it is due: the clock jumps to next_attempt_at.
        for (int round = 0; round < 100 && single(key).status().equals(Webhooks.PENDING); round++) {
            clock.set(single(key).nextAttemptAt());
            worker.runOnce();
        }

        var delivery = single(key);
        var attempts = delivery.attempts();
        assertThat(delivery.status()).isEqualTo(Webhooks.FAILED);
        assertThat(attempts).extracting(AttemptView::httpStatus).containsOnly(500);
        receiver.verify(exactly(attempts.size()), postRequestedFor(urlEqualTo(path)));
        var waits = new ArrayList<Duration>();
        for (int i = 1; i < attempts.size(); i++) {
            waits.add(Duration.between(attempts.get(i - 1).at(), attempts.get(i).at()));
        }
        var expected = new ArrayList<Duration>();
        for (int n = 1; n < attempts.size(); n++) {
            var doubled = Duration.ofSeconds(30).multipliedBy(1L << (n - 1));
            expected.add(doubled.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : doubled);
        }
        assertThat(waits).isEqualTo(expected);
        assertThat(waits.subList(0, 7)).extracting(Duration::toSeconds).containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L);
        assertThat(waits.get(7)).isEqualTo(Duration.ofHours(1));
        var giveUp = delivery.createdAt().plus(Duration.ofHours(26));
        var last = attempts.get(attempts.size() - 1).at();
        // Retried for more than 24 hours, every attempt due before the give-up time made, none after.
        assertThat(last).isAfter(delivery.createdAt().plus(Duration.ofHours(24))).isBeforeOrEqualTo(giveUp);
        assertThat(last.plus(Duration.ofHours(1))).isAfter(giveUp);

        clock.set(giveUp.plus(Duration.ofDays(1)));
        worker.runOnce();
        receiver.verify(exactly(attempts.size()), postRequestedFor(urlEqualTo(path)));
    }

    @Test
    void a_delivery_older_than_the_give_up_time_gets_one_last_attempt_then_is_marked_failed() {
        var path = hookPath();
        answer(path, 503);
        var key = unique("stale-");
        enqueue(WebhookTarget.unauthenticated(url(path)), "{}", key);
        // As if the service had been down for 27 hours since the change.
        db.sql("update webhook_delivery set created_at = :created where dedup_key = :key")
                .param("created", OffsetDateTime.now(ZoneOffset.UTC).minusHours(27)).param("key", key).update();
        var clock = new Clockwork();
        var worker = worker(clock, PRODUCTION, "");

        worker.runOnce();
        clock.set(clock.now().plus(Duration.ofHours(2)));
        worker.runOnce();

        var delivery = single(key);
        assertThat(delivery.status()).isEqualTo(Webhooks.FAILED);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.attempts()).extracting(AttemptView::httpStatus).containsExactly(503);
        receiver.verify(exactly(1), postRequestedFor(urlEqualTo(path)));
    }

    @Test
    void delivery_state_survives_a_restart_a_fresh_worker_carries_on_from_the_database_alone() {
        var path = hookPath();
        var scenario = "restart " + path;
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("back"));
        receiver.stubFor(post(path).inScenario(scenario).whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200)));
        var key = unique("restart-");
        enqueue(WebhookTarget.bearer(url(path), "receiver-token-1"), "{\"status\":\"CANCELLED\"}", key);
        var clock = new Clockwork();
        worker(clock, "").runOnce();
        var afterFirst = single(key);
        assertThat(afterFirst.status()).isEqualTo(Webhooks.PENDING);
        assertThat(afterFirst.attemptCount()).isEqualTo(1);

        // The first worker is gone; a new one (new id, new HTTP client, nothing shared) takes over.
        clock.set(afterFirst.nextAttemptAt());
        worker(clock, "").runOnce();

        var delivery = single(key);
        assertThat(delivery.status()).isEqualTo(Webhooks.DELIVERED);
        assertThat(delivery.attempts()).extracting(AttemptView::httpStatus).containsExactly(502, 200);
        var received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(received).hasSize(2);
        for (var request : received) {
            assertThat(request.getHeader("X-Wharf-Event-Id")).isEqualTo(delivery.eventUuid());
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer receiver-token-1");
            assertThat(request.containsHeader("X-Wharf-Signature")).as("no signing secret configured").isFalse();
        }
    }

    @Test
    void an_enqueue_outside_a_transaction_is_refused() {
        var key = unique("no-tx-");
        assertThatThrownBy(() -> webhooks.enqueue(WebhookTarget.unauthenticated(url(hookPath())), "{}", key))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(webhooks.deliveries(key)).isEmpty();
    }

    @Test
    void the_same_key_enqueued_twice_for_one_receiver_is_one_delivery_and_other_receivers_get_their_own() {
        var key = unique("dedup-");
        var first = url(hookPath());
        var second = url(hookPath());
        enqueue(WebhookTarget.unauthenticated(first), "{\"v\":1}", key);
        enqueue(WebhookTarget.unauthenticated(first), "{\"v\":2}", key);
        enqueue(WebhookTarget.unauthenticated(second), "{\"v\":1}", key);

        var deliveries = webhooks.deliveries(key);
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries).extracting(DeliveryView::eventUuid).doesNotHaveDuplicates();
        assertThat(db.sql("select body from webhook_delivery where dedup_key = :key and url = :url")
                .param("key", key).param("url", first).query(String.class).single()).isEqualTo("{\"v\":1}");
    }

    @Test
    void a_target_is_checked_when_built_and_never_shows_its_credentials() {
        assertThatThrownBy(() -> new WebhookTarget("https://hooks.example.com/x", "user", "pw", "token"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookTarget.unauthenticated("ftp://hooks.example.com/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookTarget.unauthenticated("https://user:pw@hooks.example.com/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookTarget.basic("https://hooks.example.com/x", "user", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WebhookTarget.basic("https://hooks.example.com/x?key=abc", "user", "hunter2").toString())
                .contains("hooks.example.com", "BASIC").doesNotContain("hunter2", "user", "abc");
        assertThat(WebhookTarget.bearer("https://hooks.example.com/x", "tok-secret").toString()).doesNotContain("tok-secret");
    }

    // ------------------------------------------------------------------ helpers

    /** A worker with a 1 s back-off base, so tests move the clock by little. */
    private WebhookWorker worker(TimeSource clock, String signingSecret) {
        return worker(clock, new WebhookWorker.Policy(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(26), 20),
                signingSecret);
    }

    private WebhookWorker worker(TimeSource clock, WebhookWorker.Policy policy, String signingSecret) {
        return new WebhookWorker(db, transactionManager, clock, "test-worker-" + UUID.randomUUID(), policy, signingSecret);
    }

    private void enqueue(WebhookTarget target, String body, String key) {
        tx.executeWithoutResult(status -> webhooks.enqueue(target, body, key));
    }

    private DeliveryView single(String key) {
        var deliveries = webhooks.deliveries(key);
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }

    private long pending(String keyPrefix) {
        return db.sql("select count(*) from webhook_delivery where dedup_key like :prefix and status = 'PENDING'")
                .param("prefix", keyPrefix + "-%").query(Long.class).single();
    }

    private static String hookPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    private static String url(String path) {
        return receiver.baseUrl() + path;
    }

    private static void answer(String path, int status) {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(status)));
    }

    private static String hmac(String secret, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
