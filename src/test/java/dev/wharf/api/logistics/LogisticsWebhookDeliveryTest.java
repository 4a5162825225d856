package dev.wharf.api.logistics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wharf.events.TestWebhookWorker;
import dev.wharf.support.Http;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Logistics webhooks reach a real HTTP receiver after the change commits, with the subscription's
 * method and credentials, the same logisticsEventId on every attempt, through failures, and are
 * parked after ten failed attempts until a supervisor replays them.
 */
class LogisticsWebhookDeliveryTest extends LogisticsFixture {

    @Autowired
    private ApplicationContext context;

    private WireMockServer receiver;
    private String widget;
    private TestWebhookWorker worker;

    @BeforeEach
    void aMerchantWithStockAndAReceiver() {
        receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
        aMerchant();
        widget = product(token);
        inbound(widget, 10);
        worker = TestWebhookWorker.withBackoff(context, Duration.ofMillis(1));
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    private String url(String path) {
        return "http://localhost:" + receiver.port() + path;
    }

    private long subscribe(Map<String, Object> body) {
        var answer = http.post(API + "/webhooks", token, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.id("id");
    }

    /** An order placed through the API, picked, packed and shipped by the floor. */
    private String shippedOrder(String externalId) {
        var id = create(order(externalId, widget, 1)).text("id");
        pickAll(id);
        packBoxes(id, widget, 1);
        var shipped = http.post("/ops/api/orders/" + id + "/ship", op, "");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        return id;
    }

    private List<LoggedRequest> received(String path) {
        return receiver.findAll(anyRequestedFor(urlEqualTo(path)));
    }

    /** Runs the worker until the condition holds (each failed attempt is retried after 1 ms). */
    private void runUntil(BooleanSupplier condition) {
        for (int round = 0; round < 2000 && !condition.getAsBoolean(); round++) {
            worker.runOnce();
        }
        assertThat(condition.getAsBoolean()).as("condition reached while running the worker").isTrue();
    }

    private static JsonNode body(LoggedRequest request) {
        return Http.json().readTree(request.getBodyAsString());
    }

    @Test
    void an_order_shipped_through_the_floor_reaches_the_receiver_with_its_payload_method_and_token() {
        receiver.stubFor(any(urlEqualTo("/shipped")).willReturn(aResponse().withStatus(204)));
        subscribe(Map.of("type", "Order.Shipped", "url", url("/shipped"), "method", "PUT", "authMethod", "TOKEN",
                "token", "tok-42", "tokenHeader", "X-Api-Key"));
        var orderId = shippedOrder("SHIP-WH-1");
        assertThat(received("/shipped")).as("nothing is sent while the request runs").isEmpty();

        runUntil(() -> received("/shipped").size() == 1);
        var request = received("/shipped").get(0);
        assertThat(request.getMethod().getName()).isEqualTo("PUT");
        assertThat(request.getHeader("X-Api-Key")).isEqualTo("tok-42");
        assertThat(request.containsHeader("Authorization")).isFalse();
        var payload = body(request);
        assertThat(payload.path("logisticsEventType").asString()).isEqualTo("Order.Shipped");
        assertThat(payload.path("logisticsEventId").asString()).isNotBlank();
        assertThat(payload.path("logisticsEventTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(payload.path("logisticsAccountId").isString()).isTrue();
        assertThat(payload.path("orderId").asString()).isEqualTo(orderId);
        assertThat(payload.path("id").asString()).isEqualTo(orderId);
        assertThat(payload.path("externalOrderId").asString()).isEqualTo("SHIP-WH-1");
        assertThat(payload.path("status").asString()).isEqualTo("SHIPPED");
        var order = http.get(API + "/orders/" + orderId, token).json();
        assertThat(payload.path("trackingCode").asString())
                .isEqualTo(order.path("shipments").get(0).path("packages").get(0).path("trackingCode").asString());

        // The feed serves the same event under the same id.
        var events = http.get(API + "/events?type=Order.Shipped", token).json();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("id").asString()).isEqualTo(payload.path("logisticsEventId").asString());
            assertThat(e.path("payload").path("orderId").asString()).isEqualTo(orderId);
        });
    }

    @Test
    void a_receiver_that_fails_then_recovers_gets_the_event_again_with_the_same_event_id() {
        receiver.stubFor(any(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("still down"));
        receiver.stubFor(any(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("still down")
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        receiver.stubFor(any(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        subscribe(Map.of("type", "Order.Cancelled", "url", url("/flaky"), "method", "POST", "authMethod", "BASIC_AUTH",
                "username", "wharf", "password", "s3cret"));
        var orderId = create(order("CANCEL-WH-1", widget, 1)).text("id");
        assertThat(http.post(API + "/orders/" + orderId + "/cancel", token, "").status()).isEqualTo(200);

        runUntil(() -> receiver.getAllScenarios().getScenarios().get(0).getState().equals("up") && received("/flaky").size() == 3);
        var requests = received("/flaky");
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.getMethod().getName()).isEqualTo("POST");
            assertThat(r.getHeader("Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("wharf:s3cret".getBytes(StandardCharsets.UTF_8)));
            assertThat(body(r).path("orderId").asString()).isEqualTo(orderId);
        });
        assertThat(requests.stream().map(r -> body(r).path("logisticsEventId").asString()).distinct()).hasSize(1);
        assertThat(requests.stream().map(r -> r.getHeader("X-Wharf-Event-Id")).distinct()).hasSize(1);
        // Delivered: more polls send nothing more.
        worker.runOnce();
        assertThat(received("/flaky")).hasSize(3);
    }

    @Test
    void ten_failed_attempts_park_the_delivery_and_a_supervisor_replays_it_from_the_ops_api() {
        receiver.stubFor(any(urlEqualTo("/down")).willReturn(aResponse().withStatus(500)));
        subscribe(Map.of("type", "Shipment.Cancelled", "url", url("/down"), "method", "POST"));
        var orderId = create(order("PARK-WH-1", widget, 1)).text("id");
        assertThat(http.post(API + "/orders/" + orderId + "/cancel", token, "").status()).isEqualTo(200);

        runUntil(() -> parked(deliveryId()).isPresent());
        assertThat(received("/down")).hasSize(10);
        var parked = parked(deliveryId()).orElseThrow();
        assertThat(parked.path("attempts").asInt()).isEqualTo(10);
        assertThat(parked.path("lastHttpStatus").asInt()).isEqualTo(500);
        assertThat(parked.path("host").asString()).isEqualTo("localhost");
        worker.runOnce();
        assertThat(received("/down")).as("a parked delivery is not retried on its own").hasSize(10);

        var operator = operatorOf(warehouse.code(), "operator");
        assertThat(http.get("/ops/api/webhook-deliveries?status=PARKED", operator).status()).as("a role, not a state").isEqualTo(403);
        assertThat(http.post("/ops/api/webhook-deliveries/" + parked.path("id").asLong() + "/replay", operator, "").status())
                .isEqualTo(403);

        receiver.stubFor(any(urlEqualTo("/down")).willReturn(aResponse().withStatus(200)));
        var replayed = http.post("/ops/api/webhook-deliveries/" + parked.path("id").asLong() + "/replay", op, "");
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.text("status")).isEqualTo("PENDING");
        assertThat(http.post("/ops/api/webhook-deliveries/" + parked.path("id").asLong() + "/replay", op, "").status())
                .as("only a parked delivery is replayed").isEqualTo(409);
        assertThat(http.post("/ops/api/webhook-deliveries/999999999/replay", op, "").status()).isEqualTo(404);

        runUntil(() -> received("/down").size() == 11);
        assertThat(parked(deliveryId())).isEmpty();
        var ids = received("/down").stream().map(r -> body(r).path("logisticsEventId").asString()).distinct().toList();
        assertThat(ids).hasSize(1);
    }

    /** The X-Wharf-Event-Id of the delivery the receiver saw (the ops API names deliveries by it). */
    private String deliveryId() {
        var requests = received("/down");
        return requests.isEmpty() ? "none" : requests.get(0).getHeader("X-Wharf-Event-Id");
    }

    private java.util.Optional<JsonNode> parked(String eventId) {
        var list = http.get("/ops/api/webhook-deliveries?status=PARKED", op);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (var delivery : list.json()) {
            if (delivery.path("eventId").asString().equals(eventId)) {
                return java.util.Optional.of(delivery);
            }
        }
        return java.util.Optional.empty();
    }
}
