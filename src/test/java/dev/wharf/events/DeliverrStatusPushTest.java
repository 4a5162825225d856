package dev.wharf.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wharf.shared.TimeSource;
import dev.wharf.support.WharfIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Deliverr's status push: SHIPPED and CANCELLED bodies reach the receiver, at least once, through failures. */
class DeliverrStatusPushTest extends WharfIntegrationTest {

    @Autowired
    private JdbcClient db;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private Webhooks webhooks;

    private WireMockServer receiver;
    private String basic;
    private String code;
    private String sku;
    private String op;
    private long accountId;

    @BeforeEach
    void anIntegrationWithAReceiver() {
        if (receiver == null) {
            receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            receiver.start();
        }
        var warehouse = newWarehouse("USD");
        code = warehouse.code();
        op = operatorOf(code, "supervisor");
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("deliverr"), "dialect", "deliverr"));
        accountId = account.id("id");
        basic = "Basic " + Base64.getEncoder().encodeToString((account.text("username") + ":" + account.text("password"))
                .getBytes(StandardCharsets.UTF_8));
        var settings = http.send(http.builder("/admin/api/accounts/" + account.id("id") + "/partner-settings", ADMIN)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"pushUrl\":\"http://localhost:" + receiver.port()
                        + "/status\",\"pushUsername\":\"wharf\",\"pushPassword\":\"s3cret\"}")));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        sku = unique("PUSH");
        var barcode = unique("BC");
        http.post("/deliverr/product", basic, "{\"sku\":\"" + sku + "\",\"name\":\"x\",\"barcodes\":[\"" + barcode + "\"]}");
        http.post("/deliverr/asn", basic, "{\"deliverrAsnId\":" + Math.abs(sku.hashCode()) + ",\"shipToWarehouse\":\"" + code
                + "\",\"trackingNumber\":\"T" + sku + "\",\"asnItems\":[{\"sku\":\"" + sku + "\",\"quantityExpected\":5}]}");
        long inbound = http.get("/ops/api/inbounds?q=T" + sku, op).json().get(0).path("id").asLong();
        http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", barcode, "good", 5, "section", "A-1"));
        addRate(warehouse.id(), "FEDEX", "GROUND", "0", "30", "7.85");
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    private String shipment(long id) {
        return "{\"deliverrShipmentId\":" + id + ",\"shippingAddress\":{\"name\":\"J\",\"street1\":\"1 St\",\"city\":\"SF\","
                + "\"country\":\"US\"},\"shippingMethod\":\"FEDEX.GROUND\",\"lineItems\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],"
                + "\"warehouse\":\"" + code + "\"}";
    }

    private long orderOf(long deliverrShipmentId) {
        return db.sql("select id from outbound_order where external_id = :e and source = 'DELIVERR_API' order by id desc")
                .param("e", Long.toString(deliverrShipmentId)).query(Long.class).list().get(0);
    }

    /** The queue's de-duplication key of this test's integration. */
    private String key(long deliverrShipmentId, String status) {
        return "deliverr:" + accountId + ":" + deliverrShipmentId + ":" + status;
    }

    private boolean delivered(String... keys) {
        for (var key : keys) {
            var deliveries = webhooks.deliveries(key);
            if (deliveries.isEmpty() || !Webhooks.DELIVERED.equals(deliveries.get(0).status())) {
                return false;
            }
        }
        return true;
    }

    private WebhookWorker worker() {
        return new WebhookWorker(db, transactions, new TimeSource(), "test-" + UUID.randomUUID(),
                new WebhookWorker.Policy(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofHours(26), 20), "");
    }

    @Test
    void shipped_and_cancelled_shipments_are_pushed_through_a_receiver_that_fails_at_first() throws Exception {
        receiver.stubFor(post(urlEqualTo("/status")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        receiver.stubFor(post(urlEqualTo("/status")).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo("/status")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));

        long base = 40000 + Math.abs(sku.hashCode() % 10000);
        assertThat(http.post("/deliverr/shipment", basic, shipment(base)).status()).isEqualTo(200);
        assertThat(http.post("/deliverr/shipment", basic, shipment(base + 1)).status()).isEqualTo(200);
        assertThat(http.delete("/deliverr/shipment/" + base, basic).status()).isEqualTo(204);

        long order = orderOf(base + 1);
        var list = http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(order))).json();
        var task = list.path("tasks").get(0);
        http.post("/ops/api/pick-lists/" + list.path("id").asLong() + "/picks", op, Map.of("section", task.path("section").asString(),
                "productId", task.path("productId").asLong(), "quantity", 1));
        http.post("/ops/api/orders/" + order + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 0.5,
                "items", List.of(Map.of("productId", task.path("productId").asLong(), "quantity", 1))))));
        assertThat(http.post("/ops/api/orders/" + order + "/ship", op, "").status()).isEqualTo(200);
        // Nothing was sent while the requests ran: the pushes wait in the queue.
        receiver.verify(exactly(0), postRequestedFor(urlEqualTo("/status")));

        // A fresh worker, as after a restart: the queue lives in the database only. Each failure is
        // retried after 1 ms; run until both are delivered (three attempts each at most).
        var worker = worker();
        for (int round = 0; round < 200 && !delivered(key(base, "CANCELLED"), key(base + 1, "SHIPPED")); round++) {
            worker.runOnce();
        }
        receiver.verify(postRequestedFor(urlEqualTo("/status"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString("wharf:s3cret".getBytes())))
                .withRequestBody(equalToJson("{\"deliverrShipmentId\":" + base + ",\"status\":\"CANCELLED\",\"shippedPackages\":[]}")));
        receiver.verify(postRequestedFor(urlEqualTo("/status"))
                .withRequestBody(equalToJson("{\"deliverrShipmentId\":" + (base + 1) + ",\"status\":\"SHIPPED\"}", true, true)));
        var cancelled = webhooks.deliveries(key(base, "CANCELLED"));
        var shipped = webhooks.deliveries(key(base + 1, "SHIPPED"));
        assertThat(cancelled).hasSize(1);
        assertThat(shipped).hasSize(1);
        assertThat(List.of(cancelled.get(0).status(), shipped.get(0).status())).containsOnly(Webhooks.DELIVERED);
        // Each delivery kept trying through the failures and stopped at its one success; every POST
        // the receiver saw is logged as an attempt. (Which delivery met which failure depends on the
        // order the two concurrent POSTs reached the receiver.)
        for (var delivery : List.of(cancelled.get(0), shipped.get(0))) {
            var statuses = delivery.attempts().stream().map(Webhooks.AttemptView::httpStatus).toList();
            assertThat(statuses.get(statuses.size() - 1)).as("%s ends with its success", statuses).isEqualTo(200);
            assertThat(statuses.subList(0, statuses.size() - 1)).as("no attempt after a success").allSatisfy(status ->
                    assertThat(status).isNotEqualTo(200));
            assertThat(delivery.attemptCount()).isEqualTo(statuses.size());
        }
        int attempts = cancelled.get(0).attemptCount() + shipped.get(0).attemptCount();
        assertThat(attempts).as("failures were retried").isGreaterThan(2);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/status")))).hasSize(attempts);
    }

    @Test
    void a_shipment_still_processing_pushes_nothing() {
        long id = 50000 + Math.abs(sku.hashCode() % 10000);
        assertThat(http.post("/deliverr/shipment", basic, shipment(id)).status()).isEqualTo(200);
        assertThat(webhooks.deliveries(key(id, "SHIPPED"))).isEmpty();
        assertThat(webhooks.deliveries(key(id, "CANCELLED"))).isEmpty();
    }

    @Test
    void two_integrations_posting_to_one_url_each_get_the_push_of_their_own_shipment_with_the_same_id() throws Exception {
        receiver.stubFor(post(urlEqualTo("/status")).willReturn(aResponse().withStatus(200)));
        long id = 60000 + Math.abs(sku.hashCode() % 10000);
        assertThat(http.post("/deliverr/shipment", basic, shipment(id)).status()).isEqualTo(200);
        assertThat(http.delete("/deliverr/shipment/" + id, basic).status()).isEqualTo(204);
        var firstAccount = accountId;

        anIntegrationWithAReceiver();                   // a second integration, same receiver and URL
        assertThat(accountId).isNotEqualTo(firstAccount);
        assertThat(http.post("/deliverr/shipment", basic, shipment(id)).status()).isEqualTo(200);
        assertThat(http.delete("/deliverr/shipment/" + id, basic).status()).isEqualTo(204);

        var worker = worker();
        var first = "deliverr:" + firstAccount + ":" + id + ":CANCELLED";
        for (int round = 0; round < 50 && !delivered(first, key(id, "CANCELLED")); round++) {
            worker.runOnce();
        }
        assertThat(webhooks.deliveries(first)).singleElement().extracting(Webhooks.DeliveryView::status).isEqualTo(Webhooks.DELIVERED);
        assertThat(webhooks.deliveries(key(id, "CANCELLED"))).singleElement().extracting(Webhooks.DeliveryView::status)
                .isEqualTo(Webhooks.DELIVERED);
        receiver.verify(exactly(2), postRequestedFor(urlEqualTo("/status"))
                .withRequestBody(equalToJson("{\"deliverrShipmentId\":" + id + ",\"status\":\"CANCELLED\",\"shippedPackages\":[]}")));
    }
}
