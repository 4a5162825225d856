package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogisticsRulesTest extends LogisticsFixture {

    private String widget;

    @BeforeEach
    void stockedMerchant() {
        aMerchant();
        widget = product(token);
        inbound(widget, 5);
    }

    private void assertBadRequest(Http.Answer answer, String fieldPrefix) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.text("detail")).as(answer.body()).startsWith(fieldPrefix);
        assertThat(answer.json().path("status").asInt()).isEqualTo(400);
        assertThat(answer.text("type")).isNotBlank();
        assertThat(answer.text("title")).isNotBlank();
        assertThat(answer.text("instance")).startsWith(API);
        assertThat(answer.header("x-correlation-id")).isNotBlank();
    }

    @Test
    void bad_orders_are_400s_naming_the_field_and_write_nothing() {
        var before = rowCounts();
        var noAddress1 = order("BAD-1", widget, 1);
        ((Map<String, Object>) noAddress1.get("address")).remove("address1");
        assertBadRequest(create(noAddress1), "address.address1:");
        assertBadRequest(create(order("BAD-2", widget, 0)), "lineItems[0].quantity:");
        var source = order("BAD-3", widget, 1);
        source.put("source", "MYSPACE");
        assertBadRequest(create(source), "source:");
        var date = order("BAD-4", widget, 1);
        date.put("promisedShipByTime", "next tuesday");
        assertBadRequest(create(date), "promisedShipByTime:");
        assertBadRequest(http.post(API + "/orders", token, "{\"address\": {"), "malformed JSON");
        var incoterm = order("BAD-5", widget, 1);
        incoterm.put("duties", Map.of("incoterm", "FOB", "merchantOfRecordAccountId", "a", "merchantOfRecordOrderId", "b",
                "merchantOfRecordProvider", "GLOBALE"));
        assertBadRequest(create(incoterm), "duties.incoterm:");
        var provider = order("BAD-6", widget, 1);
        provider.put("duties", Map.of("merchantOfRecordAccountId", "a", "merchantOfRecordOrderId", "b", "merchantOfRecordProvider", "ACME"));
        assertBadRequest(create(provider), "duties.merchantOfRecordProvider:");
        assertBadRequest(create(order("BAD-7", "DUNKNOWN000", 1)), "lineItems[0].logisticsSku:");
        var noLines = order("BAD-8");
        assertBadRequest(create(noLines), "lineItems:");
        var textQuantity = order("BAD-9", widget, "many");
        assertBadRequest(create(textQuantity), "lineItems[0].quantity:");
        assertThat(rowCounts()).isEqualTo(before);

        assertBadRequest(http.get(API + "/orders/abc", token), "orderId:");
        assertBadRequest(http.post(API + "/orders/12x/retry", token, ""), "orderId:");
        assertBadRequest(http.post(API + "/orders/-1/cancel", token, ""), "orderId:");
        var unknown = http.get(API + "/orders/999999999", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http.get(API + "/orders/external_id/NOPE", token).status()).isEqualTo(404);
    }

    @Test
    void a_missing_or_bad_token_is_a_401_with_code_and_message() {
        for (var auth : new String[] {null, "Bearer nope", "nope"}) {
            var answer = http.get(API + "/orders/1", auth);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().path("code").asInt()).isEqualTo(401);
            assertThat(answer.text("message")).isNotBlank();
            assertThat(answer.json().path("status").asInt()).isEqualTo(401);
            assertThat(answer.header("x-correlation-id")).isNotBlank();
        }
        var correlated = http.send(http.builder(API + "/orders/1", token).header("x-correlation-id", "trace-42").GET());
        assertThat(correlated.header("x-correlation-id")).isEqualTo("trace-42");
        assertThat(http.get(API + "/orders/1", newShipApiKey()).status()).as("another dialect's key").isEqualTo(401);
    }

    @Test
    void another_merchant_sees_none_of_this_merchants_orders_products_or_inbounds() {
        var other = merchantToken(warehouse.code());
        var order = create(order("MINE-1", widget, 1));
        var id = order.text("id");
        var inbound = inbound(widget, 1);
        var before = rowCounts();

        assertThat(http.get(API + "/orders/" + id, other).status()).isEqualTo(404);
        assertThat(http.get(API + "/orders/external_id/MINE-1", other).status()).isEqualTo(404);
        assertThat(http.post(API + "/orders/" + id + "/retry", other, "").status()).isEqualTo(404);
        assertThat(http.post(API + "/orders/" + id + "/cancel", other, "").status()).isEqualTo(404);
        assertThat(http.get(API + "/products/" + widget, other).status()).isEqualTo(404);
        assertThat(http.get(API + "/products/" + widget + "/inventory", other).status()).isEqualTo(404);
        assertThat(http.get(API + "/products", other).json().size()).isZero();
        assertThat(http.get(API + "/inbounds/shipments/" + inbound, other).status()).isEqualTo(404);
        var ordersMine = http.post(API + "/orders", other, order("THEIRS-1", widget, 1));
        assertThat(ordersMine.status()).isEqualTo(400);
        assertThat(ordersMine.text("detail")).startsWith("lineItems[0].logisticsSku:");
        var bundleOfMine = http.post(API + "/bundles", other, Map.of("title", "x", "sku", unique("X"),
                "bundleContents", List.of(Map.of("logisticsSku", widget, "quantity", 1))));
        assertThat(bundleOfMine.status()).isEqualTo(404);
        var inboundOfMine = http.post(API + "/inbounds/shipments", other, Map.of("warehouseId", Long.toString(warehouse.id()),
                "items", List.of(Map.of("logisticsSku", widget, "quantity", 1))));
        assertThat(inboundOfMine.status()).isEqualTo(400);
        // Their own external id may repeat mine: ids are unique per merchant.
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(http.get(API + "/orders/" + id, token).text("externalOrderId")).isEqualTo("MINE-1");
    }

    @Test
    void products_get_logistics_skus_and_are_listed_a_page_at_a_time() {
        var msku = unique("MSKU");
        var created = http.post(API + "/products", token, Map.of("name", "Mug", "merchantSku", msku, "barcodes", List.of(unique("B1"), unique("B2")),
                "dimensions", Map.of("length", 10, "width", 8, "height", 4, "lengthUnit", "in", "weight", 1.3, "weightUnit", "lb"),
                "customsInformation", Map.of("hsTariffCode", "6912.00", "countryOfOrigin", "CN", "description", "Ceramic mug")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("logisticsSku")).matches("D[A-Z0-9]{10}");
        assertThat(created.json().path("barcodes").size()).isEqualTo(2);
        assertThat(created.json().path("dimensions").path("weightUnit").asString()).isEqualTo("lb");
        assertThat(created.json().path("international").path("tariffCode").asString()).isEqualTo("6912.00");
        var sku = created.text("logisticsSku");
        assertThat(http.get(API + "/products/" + sku, token).text("merchantSku")).isEqualTo(msku);

        var duplicate = http.post(API + "/products", token, Map.of("name", "Mug", "merchantSku", msku));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("detail")).startsWith("merchantSku:");
        var noName = http.post(API + "/products", token, Map.of("merchantSku", unique("M")));
        assertBadRequest(noName, "name:");
        var badUnit = http.post(API + "/products", token, Map.of("name", "x", "merchantSku", unique("M"),
                "dimensions", Map.of("weight", 1, "weightUnit", "stone")));
        assertBadRequest(badUnit, "dimensions.weightUnit:");

        var page = http.get(API + "/products?limit=1&offset=1", token).json();
        assertThat(page.size()).isEqualTo(1);
        assertThat(page.get(0).path("logisticsSku").asString()).isEqualTo(sku);
        assertBadRequest(http.get(API + "/products?limit=0", token), "limit:");
        assertThat(http.get(API + "/products/DNOSUCHSKU0", token).status()).isEqualTo(404);
    }

    @Test
    void an_inbound_reports_expected_sellable_and_damaged_counts() {
        var created = http.post(API + "/inbounds/shipments", token, Map.of("warehouseId", Long.toString(warehouse.id()),
                "trackingNumber", "1Z-IN", "items", List.of(Map.of("logisticsSku", widget, "quantity", 6))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("READY_TO_SHIP");
        var id = created.text("id");
        http.post("/ops/api/inbounds/" + id + "/receipts", op, Map.of("barcode", widget, "good", 4, "damaged", 1));
        http.post("/ops/api/putaway", op, Map.of("barcode", widget, "toSection", "L-2", "quantity", 4));
        var read = http.get(API + "/inbounds/shipments/" + id, token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("status")).isEqualTo("RECEIVING");
        var counts = read.json().path("items").get(0).path("counts");
        assertThat(counts.path("expected").asInt()).isEqualTo(6);
        assertThat(counts.path("sellable").asInt()).isEqualTo(4);
        assertThat(counts.path("damaged").asInt()).isEqualTo(1);
        assertBadRequest(http.post(API + "/inbounds/shipments", token, Map.of("warehouseId", Long.toString(warehouse.id()),
                "items", List.of(Map.of("logisticsSku", widget, "quantity", 0)))), "items[0].quantity:");
        assertBadRequest(http.get(API + "/inbounds/shipments/x1", token), "id:");
    }

    @Test
    void the_openapi_group_documents_the_five_order_operations_with_the_seed_names() {
        var docs = http.get("/v3/api-docs/logistics", null);
        assertThat(docs.status()).isEqualTo(200);
        var operationIds = new java.util.ArrayList<String>();
        docs.json().path("paths").properties().forEach(p -> p.getValue().properties()
                .forEach(m -> operationIds.add(m.getValue().path("operationId").asString())));
        assertThat(operationIds).contains("CreateOrder", "GetOrder", "GetOrderByExternalId", "RetryOrder", "CancelOrder");
        var schemas = docs.json().path("components").path("schemas");
        assertThat(schemas.has("CreateOrderInput")).isTrue();
        assertThat(schemas.has("OrderState")).isTrue();
        assertThat(schemas.has("FulfillmentShipmentModel")).isTrue();
    }
}
