package dev.wharf;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wharf.support.Http;
import dev.wharf.support.Race;
import dev.wharf.support.TestDatabase;
import dev.wharf.support.WharfInstance;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two whole Wharf instances on one database, as a scaled-out deployment runs them: each serves
 * every API over the same data, a background job (the partner's status push) is done once, and
 * the jobs an instance had in hand when it died are finished by the other. The instances share
 * nothing but the database; the pushes go to a real HTTP receiver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String ADMIN_TOKEN = "two-instances-admin";
    private static final String ADMIN = "Bearer " + ADMIN_TOKEN;
    private static final int SLOW_ANSWER_MS = 2500;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Path dataDir;
    private Map<String, String> database;
    private WireMockServer receiver;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private java.sql.Connection migrations;

    @BeforeAll
    void twoInstancesOnOneDatabase() throws Exception {
        dataDir = Files.createTempDirectory("wharf-two");
        database = WharfInstance.sharedDatabase(dataDir);
        migrations = WharfInstance.migratedByTheTest(database);
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
        a = start();
        b = start();
    }

    private ConfigurableApplicationContext start() {
        var settings = new HashMap<>(database);
        settings.put("wharf.admin.token", ADMIN_TOKEN);
        settings.put("wharf.demo.enabled", "false");
        settings.put("wharf.urls.allow-loopback-http", "true");
        settings.put("wharf.webhooks.enabled", "true");
        settings.put("wharf.webhooks.poll-interval", "200ms");
        settings.put("wharf.webhooks.backoff-base", "200ms");
        // Short, so that a dead instance's claims lapse within the test; longer than the slowest
        // answer of the receiver (the crash test's, SLOW_ANSWER_MS), so no live claim lapses.
        settings.put("wharf.webhooks.lease", "4s");
        return WharfInstance.start(WharfApplication.class, settings);
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            for (var context : new ConfigurableApplicationContext[] {a, b}) {
                if (context != null && context.isActive()) {
                    context.close();
                }
            }
        } finally {
            receiver.stop();
            var url = database.get("spring.datasource.url");
            if (TestDatabase.postgres()) {
                TestDatabase.dropPostgresDatabase(url);
            } else {
                try (var c = migrations; var s = c.createStatement()) {
                    s.execute("shutdown");
                }
            }
        }
    }

    // ------------------------------------------------------------------ the tests

    @Test
    @Order(1)
    void both_instances_serve_every_api_over_the_same_data() {
        var partner = partner(http(a), "/status-api");
        var httpA = http(a);
        var httpB = http(b);

        // Catalogue and ASN through A; the warehouse floor receives and puts away through B.
        var sku = "SKU-" + partner.suffix;
        var barcode = "BC-" + partner.suffix;
        assertThat(httpA.post("/deliverr/product", partner.basic, "{\"sku\":\"" + sku + "\",\"name\":\"Plush\",\"barcodes\":[\""
                + barcode + "\"]}").status()).isEqualTo(201);
        assertThat(httpB.get("/deliverr/product/" + sku, partner.basic).text("name")).as("the product, read through B").isEqualTo("Plush");
        long asn = 7000 + SEQUENCE.incrementAndGet();
        var announced = httpA.post("/deliverr/asn", partner.basic, "{\"deliverrAsnId\":" + asn + ",\"createdDate\":\"2020-02-11T13:17:19-08:00\","
                + "\"expectedDate\":\"2030-02-25T13:17:19-08:00\",\"shipToWarehouse\":\"" + partner.warehouse + "\",\"trackingNumber\":\"TRK"
                + partner.suffix + "\",\"notes\":\"\",\"asnItems\":[{\"sku\":\"" + sku + "\",\"quantityExpected\":6}]}");
        assertThat(announced.status()).as(announced.body()).isEqualTo(200);
        var inbounds = httpB.get("/ops/api/inbounds?q=TRK" + partner.suffix, partner.operator).json();
        assertThat(inbounds.size()).as("the ASN made through A, found on B's floor").isEqualTo(1);
        var received = httpB.post("/ops/api/inbounds/" + inbounds.get(0).path("id").asLong() + "/receipts", partner.operator,
                Map.of("barcode", barcode, "good", 6, "damaged", 0));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(httpB.post("/ops/api/sections", partner.operator, Map.of("code", "A-1")).status()).isEqualTo(201);
        var putAway = httpA.post("/ops/api/putaway", partner.operator, Map.of("barcode", barcode, "toSection", "A-1", "quantity", 6));
        assertThat(putAway.status()).as(putAway.body()).isEqualTo(200);
        var item = httpA.get("/deliverr/asn/" + asn, partner.basic).json().path("asnItems").get(0);
        assertThat(item.path("quantityReceived").asInt()).as("received on B, read on A").isEqualTo(6);
        assertThat(item.path("quantityStocked").asInt()).isEqualTo(6);
        var onHand = httpB.get("/deliverr/inventory?sku=" + sku + "&warehouse=" + partner.warehouse, partner.basic);
        assertThat(onHand.json().path("inventoryOnHand").asInt()).as(onHand.body()).isEqualTo(6);

        // A shipment made on each instance is read, and one cancelled, on the other.
        long onA = 100_000 + SEQUENCE.incrementAndGet() * 100L;
        long onB = onA + 1;
        assertThat(httpA.post("/deliverr/shipment", partner.basic, shipment(onA, partner.warehouse, sku)).status()).isEqualTo(200);
        assertThat(httpB.post("/deliverr/shipment", partner.basic, shipment(onB, partner.warehouse, sku)).status()).isEqualTo(200);
        assertThat(httpB.get("/deliverr/shipment/" + onA, partner.basic).json().path("deliverrShipmentId").asLong()).isEqualTo(onA);
        assertThat(httpA.get("/deliverr/shipment/" + onB, partner.basic).json().path("deliverrShipmentId").asLong()).isEqualTo(onB);
        assertThat(httpA.delete("/deliverr/shipment/" + onB, partner.basic).status()).isEqualTo(204);
        assertThat(httpB.get("/deliverr/shipment/" + onB, partner.basic).text("status")).isEqualTo("CANCELLED");
        assertThat(httpA.get("/deliverr/shipment/" + onA, partner.basic).text("status")).isNotEqualTo("CANCELLED");
    }

    @Test
    @Order(2)
    void twenty_status_pushes_queued_on_two_instances_are_each_sent_exactly_once() throws Exception {
        var path = "/status-jobs";
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        int n = 20;
        var ids = cancelledShipments(path, n);

        assertThat(WharfInstance.await(30, () -> delivered(path) == n)).as("every push delivered; outbox: " + outbox(path)).isTrue();
        var posts = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(posts).as("one POST per push, none sent by both instances").hasSize(n);
        var pairs = posts.stream().map(TwoInstancesTest::shipmentAndStatus).collect(Collectors.toSet());
        assertThat(pairs).as("every (deliverrShipmentId, status) once")
                .isEqualTo(ids.stream().map(id -> id + "/CANCELLED").collect(Collectors.toSet()));
        assertThat(posts.stream().map(p -> p.getHeader("X-Wharf-Event-Id")).collect(Collectors.toSet())).hasSize(n);
        assertThat(jdbc().sql("select count(*) from webhook_attempt t join webhook_delivery d on d.id = t.delivery_id where d.url like :u")
                .param("u", "%" + path).query(Long.class).single()).as("one attempt logged per push").isEqualTo(n);
    }

    @Test
    @Order(3)
    void the_same_partner_shipment_sent_to_both_instances_at_once_is_created_once() throws Exception {
        var partner = partner(http(b), "/status-race");
        var sku = product(partner);
        long id = 300_000 + SEQUENCE.incrementAndGet() * 100L;
        var answers = Race.run(10, i -> http(i % 2 == 0 ? a : b).post("/deliverr/shipment", partner.basic, shipment(id, partner.warehouse, sku)));
        assertThat(answers.stream().filter(r -> r.status() == 200)).as("created once").hasSize(1);
        assertThat(answers.stream().filter(r -> r.status() != 200)).hasSize(9).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.text("error")).as(refused.body()).isEqualTo("DUPLICATE_SHIPMENT");
        });
        assertThat(jdbc().sql("select count(*) from outbound_order where external_id = :e").param("e", Long.toString(id))
                .query(Long.class).single()).as("one order behind it").isEqualTo(1);
        for (var instance : List.of(a, b)) {
            // The partner's GET answers 201 (its own check expects that).
            var read = http(instance).get("/deliverr/shipment/" + id, partner.basic);
            assertThat(read.status()).as(read.body()).isEqualTo(201);
            assertThat(read.json().path("deliverrShipmentId").asLong()).isEqualTo(id);
        }
    }

    /** Last: it stops one of the two instances. */
    @Test
    @Order(4)
    void pushes_an_instance_had_in_hand_when_it_died_are_sent_again_by_the_other_under_the_same_event_id() throws Exception {
        var path = "/status-crash";
        // Slow, so that POSTs are still on the wire (their claims held) when an instance dies.
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(SLOW_ANSWER_MS)));
        int n = 6;
        var ids = cancelledShipments(path, n);
        assertThat(WharfInstance.await(20, () -> receiver.findAll(postRequestedFor(urlEqualTo(path))).size() == n))
                .as("every push on the wire").isTrue();
        // The last POST is still waiting for its answer: the instance that sent it (it holds the
        // latest claim) dies now, with that POST and maybe others in flight. Closing a context is
        // graceful (it waits for the running batch to settle), so the database is taken from it
        // first, as a crash takes a process's connections: what it has on the wire cannot be recorded.
        var latest = jdbc().sql("select claimed_by from webhook_delivery where url like :u and claimed_by is not null"
                + " order by claimed_until desc, id desc").param("u", "%" + path).query(String.class).list();
        assertThat(latest).as("a POST still in flight").isNotEmpty();
        var victim = latest.get(0).equals(workerId(a)) ? a : b;
        var survivor = victim == a ? b : a;
        var victimWorker = workerId(victim);
        var survivorJdbc = survivor.getBean(JdbcClient.class);
        victim.getBean(com.zaxxer.hikari.HikariDataSource.class).close();
        // Read before its claims can lapse (the survivor would take them over then).
        var orphaned = survivorJdbc.sql("select event_uuid from webhook_delivery where url like :u and claimed_by = :w")
                .param("u", "%" + path).param("w", victimWorker).query(String.class).list();
        victim.close();
        assertThat(orphaned).as("claims the dead instance could not settle").isNotEmpty();
        // From now on the receiver answers at once: the survivor's resends are quick.
        receiver.resetMappings();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));

        assertThat(WharfInstance.await(30, () -> countDelivered(survivorJdbc, path) == n))
                .as("every push delivered by the survivor").isTrue();
        var posts = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        var byEvent = posts.stream().collect(Collectors.groupingBy(p -> p.getHeader("X-Wharf-Event-Id"), Collectors.counting()));
        assertThat(byEvent.keySet()).as("every push reached the receiver").hasSize(n);
        for (var event : orphaned) {
            assertThat(byEvent.get(event)).as("sent by the dead instance, then again by the survivor, same event id " + event)
                    .isGreaterThanOrEqualTo(2);
        }
        assertThat(posts.stream().map(TwoInstancesTest::shipmentAndStatus).collect(Collectors.toSet()))
                .isEqualTo(ids.stream().map(id -> id + "/CANCELLED").collect(Collectors.toSet()));
        assertThat(survivorJdbc.sql("select count(*) from webhook_delivery where url like :u and status <> 'DELIVERED'")
                .param("u", "%" + path).query(Long.class).single()).as("nothing lost").isZero();
    }

    // ------------------------------------------------------------------ fixtures, through the public APIs

    /** A Deliverr partner: its warehouse (with a rate), an operator there, credentials and a status receiver. */
    private record Partner(String suffix, String warehouse, String basic, String operator) {
    }

    private Partner partner(Http http, String pushPath) {
        var suffix = Long.toString(System.nanoTime() % 1_000_000_000L) + SEQUENCE.incrementAndGet();
        var code = "TWO" + suffix;
        var warehouse = http.post("/admin/api/warehouses", ADMIN, Map.of("code", code, "name", "Two", "addressLine1", "1 Road",
                "city", "Reno", "countryCode", "US", "defaultCurrency", "USD", "timezone", "UTC", "cutoffTime", "14:00"));
        assertThat(warehouse.status()).as(warehouse.body()).isEqualTo(201);
        var rate = http.post("/admin/api/warehouses/" + warehouse.id("id") + "/shipping-rates", ADMIN, Map.of("carrier", "FEDEX",
                "service", "GROUND", "minWeightKg", BigDecimal.ZERO, "maxWeightKg", new BigDecimal("30"), "price", new BigDecimal("7.85")));
        assertThat(rate.status()).as(rate.body()).isEqualTo(201);
        var username = "op" + suffix;
        var password = "correct horse battery " + suffix;
        assertThat(http.post("/admin/api/operators", ADMIN, Map.of("username", username, "password", password, "role", "supervisor",
                "warehouseCode", code)).status()).isEqualTo(201);
        // Logged in on one instance, the session is honoured by the other: sessions live in the database.
        var login = http(http == http(a) ? b : a).post("/ops/api/login", null, Map.of("username", username, "password", password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", "Deliverr " + suffix, "dialect", "deliverr"));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        var settings = http.send(http.builder("/admin/api/accounts/" + account.id("id") + "/partner-settings", ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"pushUrl\":\"http://localhost:" + receiver.port() + pushPath + "\",\"pushToken\":\"t0ken\"}")));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        var basic = "Basic " + Base64.getEncoder().encodeToString((account.text("username") + ":" + account.text("password"))
                .getBytes(StandardCharsets.UTF_8));
        return new Partner(suffix, code, basic, "Bearer " + login.text("token"));
    }

    private String product(Partner partner) {
        var sku = "SKU-" + partner.suffix;
        assertThat(http(b).post("/deliverr/product", partner.basic, "{\"sku\":\"" + sku + "\",\"name\":\"Plush\",\"barcodes\":[\"BC-"
                + partner.suffix + "\"]}").status()).isEqualTo(201);
        return sku;
    }

    /** n shipments of one unit, made alternately through A and B. */
    private List<Long> shipments(Partner partner, String sku, int n) {
        long base = 500_000 + SEQUENCE.incrementAndGet() * 1000L;
        var ids = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            var made = http(i % 2 == 0 ? a : b).post("/deliverr/shipment", partner.basic, shipment(base + i, partner.warehouse, sku));
            assertThat(made.status()).as(made.body()).isEqualTo(200);
            ids.add(base + i);
        }
        return ids;
    }

    /**
     * n shipments of a new partner pushing to {@code pushPath}, made alternately through A and B,
     * then all cancelled at once, each on the instance that did not make it: n pushes queued.
     */
    private List<Long> cancelledShipments(String pushPath, int n) throws Exception {
        var partner = partner(http(a), pushPath);
        var ids = shipments(partner, product(partner), n);
        var answers = Race.run(n, i -> http(i % 2 == 0 ? b : a).delete("/deliverr/shipment/" + ids.get(i), partner.basic));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(204));
        return ids;
    }

    private static String shipment(long id, String warehouse, String sku) {
        return "{\"deliverrShipmentId\":" + id + ",\"shippingAddress\":{\"name\":\"Jane\",\"street1\":\"1 St\",\"city\":\"SF\","
                + "\"state\":\"CA\",\"zip\":\"94104\",\"country\":\"US\"},\"shippingMethod\":\"FEDEX.GROUND\",\"lineItems\":[{\"sku\":\""
                + sku + "\",\"quantity\":1}],\"warehouse\":\"" + warehouse + "\"}";
    }

    // ------------------------------------------------------------------ observing

    private Http http(ConfigurableApplicationContext context) {
        return WharfInstance.http(context);
    }

    private JdbcClient jdbc() {
        return (b.isActive() ? b : a).getBean(JdbcClient.class);
    }

    private long delivered(String path) {
        return countDelivered(jdbc(), path);
    }

    private static long countDelivered(JdbcClient jdbc, String path) {
        return jdbc.sql("select count(*) from webhook_delivery where url like :u and status = 'DELIVERED'").param("u", "%" + path)
                .query(Long.class).single();
    }

    private String outbox(String path) {
        return jdbc().sql("select status, attempts, claimed_by from webhook_delivery where url like :u").param("u", "%" + path)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3)).list().toString();
    }

    private static String shipmentAndStatus(LoggedRequest post) {
        JsonNode body = Http.json().readTree(post.getBodyAsString());
        return body.path("deliverrShipmentId").asLong() + "/" + body.path("status").asString();
    }

    /**
     * The id an instance's webhook worker writes into the claims it takes (random per start):
     * tells which instance holds which delivery. Read by reflection, as the worker is internal.
     */
    private static String workerId(ConfigurableApplicationContext context) throws ReflectiveOperationException {
        var type = Class.forName("dev.wharf.events.WebhookWorker");
        var field = type.getDeclaredField("workerId");
        field.setAccessible(true);
        return (String) field.get(context.getBean(type));
    }
}
