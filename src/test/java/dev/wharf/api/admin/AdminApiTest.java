package dev.wharf.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.WharfIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminApiTest extends WharfIntegrationTest {

    private Map<String, Object> warehouse(String code) {
        var body = new HashMap<String, Object>(Map.of("code", code, "name", "SHIPPING GARAGE", "addressLine1", "1663 S Mount Prospect Rd",
                "city", "Des Plaines", "state", "ILLINOIS", "postal", "60018", "countryCode", "US", "defaultCurrency", "USD",
                "timezone", "America/Chicago", "cutoffTime", "15:30"));
        return body;
    }

    @Test
    void creating_a_warehouse_answers_201_with_its_id_and_settings() {
        var code = unique("GARAGE");
        var answer = http.post("/admin/api/warehouses", ADMIN, warehouse(code));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.id("id")).isPositive();
        assertThat(answer.text("code")).isEqualTo(code);
        assertThat(answer.text("timezone")).isEqualTo("America/Chicago");
        assertThat(answer.text("cutoffTime")).isEqualTo("15:30");
        assertThat(answer.json().path("workingDays").size()).isEqualTo(5);
    }

    @Test
    void an_operator_password_longer_than_72_bytes_is_refused_naming_password_because_bcrypt_would_ignore_the_rest() {
        var code = unique("PWD");
        assertThat(http.post("/admin/api/warehouses", ADMIN, warehouse(code)).status()).isEqualTo(201);
        // 37 two-byte characters: 37 characters, 74 bytes in UTF-8.
        var tooLong = "é".repeat(37);
        var refused = http.post("/admin/api/operators", ADMIN, Map.of("username", unique("op"), "password", tooLong,
                "role", "operator", "warehouseCode", code));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).startsWith("password:").contains("72 bytes");

        var longest = http.post("/admin/api/operators", ADMIN, Map.of("username", unique("op"), "password", "é".repeat(36),
                "role", "operator", "warehouseCode", code));
        assertThat(longest.status()).as("72 bytes exactly is fine").isEqualTo(201);
    }

    @Test
    void a_second_warehouse_with_the_same_code_is_refused() {
        var code = unique("DUP");
        assertThat(http.post("/admin/api/warehouses", ADMIN, warehouse(code)).status()).isEqualTo(201);
        var again = http.post("/admin/api/warehouses", ADMIN, warehouse(code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).startsWith("code:");
    }

    @Test
    void a_warehouse_with_an_unknown_time_zone_or_currency_is_refused_naming_the_field() {
        var body = warehouse(unique("TZ"));
        body.put("timezone", "Mars/Olympus");
        var answer = http.post("/admin/api/warehouses", ADMIN, body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.text("detail")).startsWith("timezone:");

        var currency = warehouse(unique("CUR"));
        currency.put("defaultCurrency", "XYZ");
        assertThat(http.post("/admin/api/warehouses", ADMIN, currency).text("detail")).startsWith("defaultCurrency:");

        var missing = warehouse(unique("MISS"));
        missing.remove("city");
        var answerMissing = http.post("/admin/api/warehouses", ADMIN, missing);
        assertThat(answerMissing.status()).isEqualTo(400);
        assertThat(answerMissing.text("detail")).startsWith("city:");
    }

    @Test
    void service_plan_items_are_added_to_a_warehouse_price_list() {
        long warehouseId = createWarehouse();
        var answer = http.post("/admin/api/warehouses/" + warehouseId + "/service-plan-items", ADMIN,
                Map.of("name", "Sticker Removal", "price", 2.35, "type", "perproduct"));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.id("id")).isPositive();
        assertThat(answer.json().path("price").decimalValue()).isEqualByComparingTo("2.35");

        var badType = http.post("/admin/api/warehouses/" + warehouseId + "/service-plan-items", ADMIN,
                Map.of("name", "X", "price", 1, "type", "perpallet"));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.text("detail")).startsWith("type:");

        var unknownWarehouse = http.post("/admin/api/warehouses/987654321/service-plan-items", ADMIN,
                Map.of("name", "X", "price", 1, "type", "perpackage"));
        assertThat(unknownWarehouse.status()).isEqualTo(404);
    }

    @Test
    void each_dialect_gets_its_own_kind_of_credential_shown_once() {
        var shipapi = http.post("/admin/api/accounts", ADMIN, Map.of("name", "Reseller", "dialect", "shipapi"));
        assertThat(shipapi.status()).isEqualTo(201);
        assertThat(shipapi.text("apiKey")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(shipapi.json().has("token")).isFalse();

        var logistics = http.post("/admin/api/accounts", ADMIN, Map.of("name", "Merchant", "dialect", "logistics"));
        assertThat(logistics.status()).isEqualTo(201);
        assertThat(logistics.text("token")).hasSizeGreaterThanOrEqualTo(32);

        var deliverr = http.post("/admin/api/accounts", ADMIN, Map.of("name", "Deliverr", "dialect", "deliverr"));
        assertThat(deliverr.status()).isEqualTo(201);
        assertThat(deliverr.text("username")).isNotBlank();
        assertThat(deliverr.text("password")).hasSizeGreaterThanOrEqualTo(32);

        var unknown = http.post("/admin/api/accounts", ADMIN, Map.of("name", "X", "dialect", "soap"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("detail")).startsWith("dialect:");
    }

    @Test
    void credentials_are_stored_as_digests_never_in_clear() {
        var key = newShipApiKey();
        var stored = rowCounts();
        assertThat(stored.get("api_credential")).isPositive();
        // The key works, so it is stored somehow; it must not be stored as itself.
        assertThat(http.get("/shipapi/warehouse/list", key).status()).isEqualTo(200);
        assertThat(digestsContain(key)).isFalse();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private boolean digestsContain(String secret) {
        return jdbc.sql("select count(*) from api_credential where secret_digest = :s or username = :s")
                .param("s", secret).query(Long.class).single() > 0;
    }

    @Test
    void revoked_credentials_no_longer_authenticate() {
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", "Temp", "dialect", "shipapi"));
        var key = account.text("apiKey");
        assertThat(http.get("/shipapi/warehouse/list", key).status()).isEqualTo(200);

        var revoke = http.delete("/admin/api/accounts/" + account.id("id") + "/credentials", ADMIN);
        assertThat(revoke.status()).isEqualTo(204);
        assertThat(http.get("/shipapi/warehouse/list", key).status()).isEqualTo(401);
    }

    @Test
    void the_admin_api_refuses_a_missing_or_wrong_token() {
        assertThat(http.get("/admin/api/warehouses", null).status()).isEqualTo(401);
        assertThat(http.get("/admin/api/warehouses", "Bearer not-the-token").status()).isEqualTo(401);
        assertThat(http.get("/admin/api/warehouses", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void a_shipapi_key_is_not_an_admin_token() {
        var key = newShipApiKey();
        assertThat(http.get("/admin/api/warehouses", "Bearer " + key).status()).isEqualTo(401);
    }

    @Test
    void the_admin_lists_accounts_and_operators_a_page_at_a_time_and_never_shows_a_credential() {
        var first = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("listed"), "dialect", "shipapi"));
        var second = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("listed"), "dialect", "logistics"));
        long firstId = first.id("id");

        var page = http.get("/admin/api/accounts?after=" + (firstId - 1) + "&limit=1", ADMIN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().size()).isEqualTo(1);
        assertThat(page.json().get(0).path("id").asLong()).isEqualTo(firstId);
        var next = http.get("/admin/api/accounts?after=" + firstId + "&limit=100", ADMIN);
        assertThat(next.json().findValuesAsString("name")).contains(second.text("name"));
        assertThat(next.body()).doesNotContain(first.text("apiKey")).doesNotContain(second.text("token"))
                .doesNotContain("apiKey").doesNotContain("password");

        var warehouse = newWarehouse("GBP");
        operatorOf(warehouse.code(), "supervisor");
        var operators = http.get("/admin/api/operators?limit=100", ADMIN);
        assertThat(operators.status()).isEqualTo(200);
        assertThat(operators.body()).doesNotContain("password").contains("\"role\":\"supervisor\"");

        assertThat(http.get("/admin/api/accounts?limit=101", ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/admin/api/operators?limit=0", ADMIN).status()).isEqualTo(400);
    }
}
