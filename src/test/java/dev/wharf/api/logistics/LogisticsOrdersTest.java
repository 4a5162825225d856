package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LogisticsOrdersTest extends LogisticsFixture {

    @Autowired
    private JdbcClient jdbc;

    private String widget;

    @BeforeEach
    void stockedMerchant() {
        aMerchant();
        widget = product(token);
        inbound(widget, 10);
    }

    @Test
    void an_order_is_created_allocated_and_read_back_by_id_and_external_id() {
        var created = create(order("SHOP-1001", widget, 2));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        var id = created.text("id");
        assertThat(id).matches("\\d+");
        assertThat(created.text("externalOrderId")).isEqualTo("SHOP-1001");
        assertThat(created.text("source")).isEqualTo("SHOPIFY");
        assertThat(created.json().path("cost").isNull()).isTrue();
        assertThat(created.json().path("error").isNull()).isTrue();
        var state = created.json().path("state");
        assertThat(state.path("internalStatus").asString()).isEqualTo("CREATED");
        assertThat(state.path("fulfillmentStatus").asString()).isEqualTo("ROUTING_IN_PROGRESS");
        assertThat(state.path("fulfillmentInProgress").asBoolean()).isTrue();
        assertThat(state.path("fulfillmentDelayed").asBoolean()).isFalse();
        var shipment = created.json().path("shipments").get(0);
        assertThat(shipment.path("status").asString()).isEqualTo("CREATED");
        assertThat(shipment.path("warehouseId").asString()).isEqualTo(Long.toString(warehouse.id()));
        assertThat(shipment.path("lineItems").get(0).path("logisticsSku").asString()).isEqualTo(widget);
        assertThat(created.json().path("lineItems").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(created.text("promisedShipByTime")).isNotNull();
        assertThat(created.text("promisedDeliveryByTime")).isNotNull();
        assertThat(created.json().path("address").path("address1").asString()).isEqualTo("110 Sutter St");
        assertThat(created.header("x-correlation-id")).isNotBlank();

        var byId = http.get(API + "/orders/" + id, token);
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.text("id")).isEqualTo(id);
        var byExternal = http.get(API + "/orders/external_id/SHOP-1001", token);
        assertThat(byExternal.status()).isEqualTo(200);
        assertThat(byExternal.text("id")).isEqualTo(id);
        var inventory = http.get(API + "/products/" + widget + "/inventory", token);
        assertThat(inventory.json().path("onHand").asInt()).isEqualTo(10);
        assertThat(inventory.json().path("available").asInt()).isEqualTo(8);
        assertThat(inventory.json().path("unavailable").asInt()).isEqualTo(2);
    }

    @Test
    void a_second_order_with_the_same_external_id_is_a_duplicate() {
        assertThat(create(order("DUP-1", widget, 1)).status()).isEqualTo(200);
        var again = create(order("DUP-1", widget, 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.text("code")).isEqualTo("DUPLICATE_ORDER");
        assertThat(again.text("type")).endsWith("DUPLICATE_ORDER");
        assertThat(again.json().path("status").asInt()).isEqualTo(409);
        assertThat(again.text("instance")).isEqualTo(API + "/orders");
        assertThat(http.get(API + "/products/" + widget + "/inventory", token).json().path("available").asInt()).isEqualTo(9);
    }

    @Test
    void a_stock_out_is_held_in_error_until_stock_arrives_and_a_retry_allocates_it() {
        var short_ = create(order("SO-1", widget, 15));
        assertThat(short_.status()).as(short_.body()).isEqualTo(200);
        var id = short_.text("id");
        var error = short_.json().path("error");
        assertThat(error.path("type").asString()).isEqualTo("STOCKOUT");
        assertThat(error.path("retriable").asBoolean()).isTrue();
        assertThat(error.path("code").asDouble()).isPositive();
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(error.path("lineItemErrors").get(0).path("logisticsSku").asString()).isEqualTo(widget);
        assertThat(short_.json().path("state").path("internalStatus").asString()).isEqualTo("ERROR");
        assertThat(short_.json().path("state").path("fulfillmentStatus").asString()).isEqualTo("STOPPED");
        assertThat(http.get(API + "/products/" + widget + "/inventory", token).json().path("available").asInt())
                .as("an order in error holds nothing").isEqualTo(10);

        var stillShort = http.post(API + "/orders/" + id + "/retry", token, "");
        assertThat(stillShort.status()).isEqualTo(200);
        assertThat(stillShort.json().path("state").path("internalStatus").asString()).isEqualTo("ERROR");

        inbound(widget, 5);
        var retried = http.post(API + "/orders/" + id + "/retry", token, "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("error").isNull()).isTrue();
        assertThat(retried.json().path("state").path("internalStatus").asString()).isEqualTo("CREATED");
        assertThat(http.get(API + "/products/" + widget + "/inventory", token).json().path("available").asInt()).isZero();
        assertLedgerAgreesWithBalances();
    }

    @Test
    void an_order_for_a_product_never_inbounded_says_so() {
        var ghost = product(token);
        var answer = create(order("GHOST-1", ghost, 1));
        assertThat(answer.json().path("error").path("type").asString()).isEqualTo("DSKU_NEVER_INBOUNDED");
    }

    @Test
    void retrying_a_healthy_order_is_an_invalid_order_status() {
        var id = create(order("OK-1", widget, 1)).text("id");
        var retry = http.post(API + "/orders/" + id + "/retry", token, "");
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.json().path("code").asInt()).isEqualTo(407001);
        assertThat(retry.text("title")).isEqualTo("Invalid order status");
    }

    @Test
    void cancelling_before_picking_succeeds_and_after_picking_or_shipping_is_refused() {
        var early = create(order("C-1", widget, 2)).text("id");
        var cancelled = http.post(API + "/orders/" + early + "/cancel", token, "");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("state").path("internalStatus").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("state").path("fulfillmentStatus").asString()).isEqualTo("STOPPED");
        assertThat(http.get(API + "/products/" + widget + "/inventory", token).json().path("available").asInt()).isEqualTo(10);

        var picking = create(order("C-2", widget, 1)).text("id");
        pickAll(picking);
        var late = http.post(API + "/orders/" + picking + "/cancel", token, "");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().path("code").asInt()).isEqualTo(407001);

        var shipped = create(order("C-3", widget, 1)).text("id");
        pickAll(shipped);
        var packed = http.post("/ops/api/orders/" + shipped + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 0.5,
                "lengthCm", 10, "widthCm", 10, "heightCm", 5, "items", List.of(Map.of("barcode", widget, "quantity", 1))))));
        assertThat(packed.status()).as(packed.body()).isEqualTo(200);
        assertThat(http.post("/ops/api/orders/" + shipped + "/ship", op, "").status()).isEqualTo(200);
        var afterShipping = http.post(API + "/orders/" + shipped + "/cancel", token, "");
        assertThat(afterShipping.status()).isEqualTo(400);
        assertThat(afterShipping.json().path("code").asInt()).isEqualTo(407001);

        var order = http.get(API + "/orders/" + shipped, token).json();
        assertThat(order.path("state").path("internalStatus").asString()).isEqualTo("SHIPPED");
        assertThat(order.path("state").path("fulfillmentStatus").asString()).isEqualTo("SHIPPED");
        assertThat(order.path("state").path("fulfillmentInProgress").asBoolean()).isFalse();
        assertThat(order.path("cost").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(order.path("shippedAt").isNull()).isFalse();
        var pkg = order.path("shipments").get(0).path("packages").get(0);
        assertThat(pkg.path("trackingCode").asString()).startsWith("WHF");
        assertThat(pkg.path("trackingUrl").asString()).contains(pkg.path("trackingCode").asString());
        assertThat(pkg.path("carrier").asString()).isEqualTo("Wharf Post");
        assertThat(pkg.path("shippingMethod").asString()).isEqualTo("Wharf Post.Standard");
        assertThat(pkg.path("packageDimensions").path("weight").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(order.path("shipments").get(0).path("status").asString()).isEqualTo("SHIPPED");
    }

    @Test
    void an_idempotency_key_replays_the_first_answer_and_refuses_another_request() {
        var body = order("IDEM-1", widget, 1);
        var first = http.send(http.builder(API + "/orders", token).header("Content-Type", "application/json")
                .header("idempotency-key", "key-1").POST(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("idempotent-replayed")).isNull();
        var replay = http.send(http.builder(API + "/orders", token).header("Content-Type", "application/json")
                .header("idempotency-key", "key-1").POST(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("idempotent-replayed")).isEqualTo("true");
        assertThat(replay.text("id")).isEqualTo(first.text("id"));
        assertThat(http.get(API + "/products/" + widget + "/inventory", token).json().path("available").asInt()).isEqualTo(9);

        var other = order("IDEM-2", widget, 1);
        var misuse = http.send(http.builder(API + "/orders", token).header("Content-Type", "application/json")
                .header("idempotency-key", "key-1").POST(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(other))));
        assertThat(misuse.status()).isEqualTo(422);
        assertThat(misuse.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get(API + "/orders/external_id/IDEM-2", token).status()).isEqualTo(404);
    }

    @Test
    void an_order_line_may_name_a_bundle_which_expands_into_its_products() {
        var gadget = product(token);
        inbound(gadget, 10);
        var bundle = http.post(API + "/bundles", token, Map.of("externalBundleId", "B-1", "title", "Starter kit", "sku", "KIT-" + widget,
                "bundleContents", List.of(Map.of("logisticsSku", widget, "quantity", 2), Map.of("logisticsSku", gadget, "quantity", 1))));
        assertThat(bundle.status()).as(bundle.body()).isEqualTo(201);
        var order = create(order("BUNDLE-1", "KIT-" + widget, 3));
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        assertThat(order.json().path("lineItems").get(0).path("logisticsSku").asString()).isEqualTo("KIT-" + widget);
        assertThat(order.json().path("lineItems").get(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(http.get(API + "/products/" + widget + "/inventory", token).json().path("available").asInt()).isEqualTo(4);
        assertThat(http.get(API + "/products/" + gadget + "/inventory", token).json().path("available").asInt()).isEqualTo(7);
        var unknownInBundle = http.post(API + "/bundles", token, Map.of("title", "Bad", "sku", unique("BAD"),
                "bundleContents", List.of(Map.of("logisticsSku", "DNOSUCHSKU0", "quantity", 1))));
        assertThat(unknownInBundle.status()).isEqualTo(404);
        assertThat(unknownInBundle.text("detail")).startsWith("bundleContents[0].productId:");
    }

    @Test
    void an_order_past_its_ship_by_time_unshipped_is_delayed() {
        var id = create(order("LATE-1", widget, 1)).text("id");
        jdbc.sql("update outbound_order set ship_by = ship_by - interval '30' day where id = :id").param("id", Long.parseLong(id)).update();
        assertThat(http.get(API + "/orders/" + id, token).json().path("state").path("fulfillmentDelayed").asBoolean()).isTrue();
    }
}
