package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.WharfIntegrationTest;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad requests get a 4xx in the ShipAPI envelope naming the problem; never a 500, never a trace, nothing written. */
class ShipApiBadInputTest extends WharfIntegrationTest {

    private String key;
    private long warehouseId;
    private long userId;
    private long productId;

    @BeforeEach
    void aUser() {
        warehouseId = createWarehouse();
        key = newShipApiKey();
        userId = createUser(key, warehouseId);
        productId = createProduct(key, userId, warehouseId);
        stock(key, userId, warehouseId, productId, 3, "A-1");
    }

    @Test
    void malformed_json_is_a_400_in_the_envelope() {
        var before = rowCounts();
        for (var path : new String[] {"/shipapi/user/addUpdate", "/shipapi/product/addUpdate", "/shipapi/fbm/addUpdate",
                "/shipapi/shipment/add", "/shipapi/shipment/update", "/shipapi/shipment/get", "/shipapi/inventory/list",
                "/shipapi/servicePlanItems/list"}) {
            var answer = http.post(path, key, "{\"warehouseId\": 1, ");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
            assertThat(answer.text("Error")).as(path).startsWith("malformed JSON");
            assertThat(answer.body()).doesNotContain("tools.jackson").doesNotContain("Source:");
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void a_missing_body_is_a_400_naming_the_body() {
        var answer = http.post("/shipapi/shipment/add", key, "");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("Error")).contains("body");
    }

    @Test
    void wrong_types_name_the_field() {
        var answer = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", "first", "userId", userId));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("Error")).startsWith("warehouseId:").contains("number");

        var bool = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", 1, "labelPdf", "perhaps"));
        assertThat(bool.status()).isEqualTo(400);
        assertThat(bool.text("Error")).startsWith("labelPdf:");

        var array = http.post("/shipapi/shipment/add", key, Map.of("warehouseId", warehouseId, "userId", userId,
                "products", "all of them", "shipTo", shipTo()));
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.text("Error")).startsWith("products:");
    }

    @Test
    void missing_required_fields_are_named() {
        var answer = http.post("/shipapi/shipment/add", key, Map.of("userId", userId, "products",
                java.util.List.of(Map.of("productId", productId, "quantity", 1)), "shipTo", shipTo()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("Error")).startsWith("warehouseId:");
        var noProduct = http.post("/shipapi/shipment/add", key, Map.of("warehouseId", warehouseId, "userId", userId, "products",
                java.util.List.of(Map.of("quantity", 1)), "shipTo", shipTo()));
        assertThat(noProduct.status()).isEqualTo(400);
        assertThat(noProduct.text("Error")).startsWith("products[0].productId:");
        var noShipment = http.post("/shipapi/shipment/get", key, Map.of("labelPdf", true));
        assertThat(noShipment.status()).isEqualTo(400);
        assertThat(noShipment.text("Error")).startsWith("shipmentId:");
    }

    @Test
    void a_body_over_10_megabytes_is_refused_with_413_and_writes_nothing() {
        var before = rowCounts();
        var big = "{\"warehouseId\": " + warehouseId + ", \"userId\": " + userId + ", \"products\": [{\"productId\": " + productId
                + ", \"quantity\": 1}], \"shipTo\": {\"name\": \"A\", \"address1\": \"B\", \"city\": \"C\", \"countryCode\": \"US\"}, "
                + "\"labelPdf\": \"" + "A".repeat(11 * 1024 * 1024) + "\"}";
        var answer = http.post("/shipapi/shipment/add", key, big);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(answer.text("Error")).contains("10 MB");

        // Chunked, so no Content-Length tells in advance: refused while reading.
        var chunked = http.send(http.builder("/shipapi/shipment/add", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(availableStock(key, warehouseId, userId, productId)).isEqualTo(3);
    }

    @Test
    void a_label_just_under_the_limit_is_accepted() {
        var label = new byte[6 * 1024 * 1024];
        new java.util.Random(1).nextBytes(label);
        var answer = http.post("/shipapi/shipment/add", key, Map.of("warehouseId", warehouseId, "userId", userId, "products",
                java.util.List.of(Map.of("productId", productId, "quantity", 1)), "shipTo", shipTo(),
                "labelPdf", java.util.Base64.getEncoder().encodeToString(label)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var back = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", answer.id("Id"), "labelPdf", true));
        assertThat(java.util.Base64.getDecoder().decode(back.text("LabelPdf"))).isEqualTo(label);
    }

    @Test
    void unknown_paths_wrong_methods_and_wrong_media_types_answer_in_the_envelope() {
        var unknown = http.get("/shipapi/shipment/list", key);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("IsSuccess").asBoolean()).isFalse();
        var method = http.post("/shipapi/warehouse/list", key, "{}");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().path("IsSuccess").asBoolean()).isFalse();
        var media = http.send(http.builder("/shipapi/inventory/list", key).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("warehouseId=1")));
        assertThat(media.status()).isEqualTo(415);
        assertThat(media.json().path("IsSuccess").asBoolean()).isFalse();
    }

    @Test
    void an_over_long_field_is_refused_naming_it() {
        var answer = http.post("/shipapi/user/addUpdate", key, Map.of("name", "N".repeat(300), "email", unique("l") + "@example.com"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("Error")).startsWith("name:");
    }
}
