package dev.wharf.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The strictness rules of decisions.md "Input strictness", one by one, on the values the sweep
 * found coerced, stored or crashing: each is refused with a 400 naming the field and writes
 * nothing; the published examples stay accepted.
 */
class InputStrictnessTest extends WharfIntegrationTest {

    private static final String LOGISTICS = "/logistics/api/2024-04";

    private WarehouseRef warehouse;
    private String shipApi;
    private String logistics;
    private String op;

    @BeforeEach
    void tenants() {
        warehouse = newWarehouse("USD");
        shipApi = newShipApiKey();
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("merchant"), "dialect", "logistics",
                "warehouseCode", warehouse.code()));
        logistics = "Bearer " + account.text("token");
        op = operatorOf(warehouse.code(), "supervisor");
    }

    private void refused(Http.Answer answer, String messageField, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.text(messageField)).as(answer.body()).startsWith(field);
        for (var internal : List.of("dev.wharf", "java.", "jakarta.", "tools.jackson", "org.springframework", "Exception")) {
            assertThat(answer.body()).doesNotContain(internal);
        }
    }

    private Map<String, Object> order(String externalId) {
        var product = http.post(LOGISTICS + "/products", logistics, Map.of("name", "Widget", "merchantSku", unique("MSKU"),
                "barcodes", List.of(unique("BC"))));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        var body = new LinkedHashMap<String, Object>();
        body.put("address", Map.of("address1", "1 Main St", "city", "Reno", "provinceCode", "NV", "zip", "89501", "countryCode", "US", "name", "Jo"));
        body.put("externalOrderId", externalId);
        body.put("lineItems", List.of(Map.of("logisticsSku", product.text("logisticsSku"), "quantity", 1)));
        return body;
    }

    @Test
    void external_order_ids_with_a_slash_a_percent_or_a_hash_are_found_when_the_client_percent_encodes_them() {
        for (var id : List.of("PO/2026/ff619b-" + unique(""), "100%-off-" + unique(""), "#1001-" + unique(""))) {
            var created = http.post(LOGISTICS + "/orders", logistics, order(id));
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            var encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
            var found = http.get(LOGISTICS + "/orders/external_id/" + encoded, logistics);
            assertThat(found.status()).as(encoded + " " + found.body()).isEqualTo(200);
            assertThat(found.text("externalOrderId")).isEqualTo(id);
            assertThat(found.text("id")).isEqualTo(created.text("id"));
        }
    }

    @Test
    void an_encoded_slash_anywhere_else_is_refused_in_the_dialects_shape() {
        var answer = http.get(LOGISTICS + "/orders/1%2F2", logistics);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        var shipapi = http.get("/shipapi/user/get%2Fx?userId=1", shipApi);
        assertThat(shipapi.status()).isEqualTo(400);
        assertThat(shipapi.json().path("IsSuccess").asBoolean(true)).isFalse();
    }

    @Test
    void delivery_days_must_be_a_whole_number_from_one_to_a_year_and_zero_means_not_set() {
        var before = rowCounts();
        for (var days : List.<Object>of(1e300, -1, 1.5, 366)) {
            var body = order(unique("EXT"));
            before = rowCounts();
            body.put("deliveryDays", days);
            refused(http.post(LOGISTICS + "/orders", logistics, body), "detail", "deliveryDays");
            assertThat(rowCounts()).isEqualTo(before);
        }
        var published = order(unique("EXT"));
        published.put("deliveryDays", 0);
        assertThat(http.post(LOGISTICS + "/orders", logistics, published).status()).isEqualTo(200);
    }

    @Test
    void decimals_and_quoted_numbers_where_integers_belong_are_refused_not_rounded() {
        var body = order(unique("EXT"));
        var line = new LinkedHashMap<String, Object>(((List<Map<String, Object>>) body.get("lineItems")).get(0));
        for (var quantity : List.<Object>of(1.5, "2")) {
            line.put("quantity", quantity);
            body.put("lineItems", List.of(line));
            refused(http.post(LOGISTICS + "/orders", logistics, body), "detail", "lineItems[0].quantity");
        }
        refused(http.post("/shipapi/shipment/update", shipApi, "{\"id\": 1.5, \"labelPdf\": null}"), "Error", "id");
        refused(http.post("/ops/api/adjustments", op, Map.of("barcode", "X", "section", "A-1", "quantity", 1.5, "reason", "FOUND")),
                "detail", "quantity");
    }

    @Test
    void a_number_for_a_boolean_a_duplicate_key_and_null_for_a_primitive_are_refused() {
        var userId = createUser(shipApi, warehouse.id());
        refused(http.post("/shipapi/user/addUpdate", shipApi, "{\"id\": " + userId + ", \"isActive\": 1}"), "Error", "isActive");
        var duplicate = http.post("/shipapi/shipment/get", shipApi, "{\"shipmentId\": 1, \"shipmentId\": 2}");
        refused(duplicate, "Error", "malformed JSON");
        assertThat(duplicate.text("Error")).contains("twice");
        refused(http.post("/ops/api/login", null, "{\"username\": \"a\\u0000b\", \"password\": \"x\"}"), "detail", "username");
    }

    @Test
    void text_with_nul_unpaired_surrogates_or_replacement_characters_is_refused() {
        for (var text : List.of("a\\u0000b", "a\\ud800b", "a\\ufffdb")) {
            var before = rowCounts();
            var body = "{\"id\": null, \"email\": \"" + unique("u") + "@example.com\", \"name\": \"" + text + "\", \"lastname\": \"Y\","
                    + " \"isActive\": true}";
            refused(http.post("/shipapi/user/addUpdate", shipApi, body), "Error", "name");
            assertThat(rowCounts()).isEqualTo(before);
        }
    }

    @Test
    void repeated_or_undecodable_query_parameters_are_refused_before_any_guess() {
        var userId = createUser(shipApi, warehouse.id());
        refused(http.get("/shipapi/user/get?userId=" + userId + "&userId=" + userId, shipApi), "Error", "userId");
        refused(http.get("/shipapi/user/get?userId=%C3%28", shipApi), "Error", "query");
        refused(http.get(LOGISTICS + "/products?limit=%FF", logistics), "detail", "query");
    }

    @Test
    void negative_money_bad_e_mails_and_urls_other_than_https_are_refused() {
        var userId = createUser(shipApi, warehouse.id());
        var product = new LinkedHashMap<String, Object>();
        product.put("warehouseId", warehouse.id());
        product.put("userId", userId);
        product.put("title", "Pencils");
        product.put("SKU", unique("SKU"));
        product.put("price", -1);
        refused(http.post("/shipapi/product/addUpdate", shipApi, product), "Error", "price");
        product.put("price", 1);
        for (var url : List.of("javascript:alert(1)", "file:///etc/passwd", "http://example.com/a.jpg")) {
            product.put("imageUrl", url);
            refused(http.post("/shipapi/product/addUpdate", shipApi, product), "Error", "imageUrl");
        }
        var user = Map.of("email", "not-an-email", "name", "A", "lastname", "B", "isActive", true);
        refused(http.post("/shipapi/user/addUpdate", shipApi, user), "Error", "email");
        var order = order(unique("EXT"));
        order.put("packingSlipUrl", "javascript:alert(1)");
        refused(http.post(LOGISTICS + "/orders", logistics, order), "detail", "packingSlipUrl");
        order.put("packingSlipUrl", "https://slips.example.com/1.pdf");
        assertThat(http.post(LOGISTICS + "/orders", logistics, order).status()).isEqualTo(200);
    }

    @Test
    void an_operator_password_longer_than_bcrypt_reads_is_refused_naming_the_password() {
        var before = rowCounts();
        var answer = http.post("/admin/api/operators", ADMIN, Map.of("username", unique("op"), "password", "p".repeat(73),
                "role", "operator", "warehouseCode", warehouse.code()));
        refused(answer, "detail", "password");
        assertThat(rowCounts()).isEqualTo(before);
        var login = http.post("/ops/api/login", null, Map.of("username", "someone", "password", "é".repeat(40)));
        assertThat(login.status()).isEqualTo(401);
    }

    @Test
    void partner_numbers_beyond_range_and_dates_that_are_not_iso_are_refused() {
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("deliverr"), "dialect", "deliverr"));
        var basic = "Basic " + Base64.getEncoder().encodeToString((account.text("username") + ":" + account.text("password"))
                .getBytes(StandardCharsets.UTF_8));
        var product = "{\"sku\":\"" + unique("S") + "\",\"name\":\"n\",\"costInUSD\":1e309,\"weight\":1,\"length\":1,\"width\":1,"
                + "\"height\":1,\"weightUnit\":\"lb\",\"lengthUnit\":\"in\",\"barcodes\":[\"" + unique("B") + "\"]}";
        refused(http.post("/deliverr/product", basic, product), "message", "costInUSD");
        var asn = "{\"deliverrAsnId\": 9223372036854775808, \"createdDate\": \"2020-02-11T13:17:19-08:00\", \"shipToWarehouse\": \""
                + warehouse.code() + "\", \"asnItems\": [{\"sku\": \"X\", \"quantityExpected\": 1}]}";
        refused(http.post("/deliverr/asn", basic, asn), "message", "deliverrAsnId");
        var nextTuesday = "{\"deliverrAsnId\": 77, \"createdDate\": \"next tuesday\", \"shipToWarehouse\": \"" + warehouse.code()
                + "\", \"asnItems\": [{\"sku\": \"X\", \"quantityExpected\": 1}]}";
        refused(http.post("/deliverr/asn", basic, nextTuesday), "message", "createdDate");
    }

    @Test
    void the_admin_api_refuses_a_body_over_ten_megabytes_in_its_own_shape() {
        var answer = http.send(http.builder("/admin/api/warehouses", ADMIN).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}")));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void the_error_page_answers_in_problem_details_never_the_whitelabel_page() {
        var answer = http.get("/error", null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Whitelabel").doesNotContain("\"timestamp\"");
    }

    @Test
    void the_published_shipapi_product_example_is_accepted_as_published() {
        var userId = createUser(shipApi, warehouse.id());
        var body = "{\"id\": null, \"warehouseId\": " + warehouse.id() + ", \"userId\": " + userId + ", \"title\": \"Drawing coloured pencils\","
                + " \"marketplaceId\": \"A1F83G8C2ARO7P\", \"ASIN\": \"B01212112\", \"SKU\": \"" + unique("SKU-") + "\","
                + " \"barcode\": \"4444333223\", \"imageUrl\": \"https://m.media-amazon.com/images/I/Ewocn_SL75_.jpg\","
                + " \"weight\": 1.2, \"weightUnit\": \"kg\", \"height\": 12.10, \"width\": 8.50, \"length\": 14.50,"
                + " \"dimensionUnit\": \"cm\", \"price\": 99.90, \"currency\": \"USD\", \"expirationDate\": \"2021-08-21\", \"isActive\": true}";
        var answer = http.post("/shipapi/product/addUpdate", shipApi, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
