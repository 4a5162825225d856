package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.WharfIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShipApiUsersAndWarehousesTest extends WharfIntegrationTest {

    @Test
    void the_warehouse_list_has_the_published_fields() {
        long warehouseId = createWarehouse("GBP");
        var key = newShipApiKey();
        var answer = http.get("/shipapi/warehouse/list", key);
        assertThat(answer.status()).isEqualTo(200);
        var mine = findById(answer, warehouseId);
        assertThat(mine.path("id").isString()).isTrue();
        assertThat(mine.path("name").asString()).isEqualTo("UK PreFulfillment");
        assertThat(mine.path("addressLine1").asString()).isEqualTo("5 Viking Self Storage,");
        assertThat(mine.path("addressLine2").asString()).isEqualTo("5 Turnpike Close");
        assertThat(mine.path("city").asString()).isEqualTo("Norwich");
        assertThat(mine.has("state")).isTrue();
        assertThat(mine.path("postal").asString()).isEqualTo("NR6 5BD");
        assertThat(mine.path("countryCode").asString()).isEqualTo("GB");
        assertThat(mine.path("defaultCurrency").asString()).isEqualTo("GBP");
    }

    private static tools.jackson.databind.JsonNode findById(dev.wharf.support.Http.Answer answer, long id) {
        for (var node : answer.json()) {
            if (node.path("id").asString().equals(Long.toString(id))) {
                return node;
            }
        }
        throw new AssertionError("warehouse " + id + " not in " + answer.body());
    }

    @Test
    void service_plan_items_list_the_warehouse_prices_and_types() {
        long warehouseId = createWarehouse();
        long sticker = createServiceItem(warehouseId, "Sticker Removal", "2.35", "perproduct");
        long wrap = createServiceItem(warehouseId, "Stretch Wrapping", "4.50", "perpackage");
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);

        var answer = http.post("/shipapi/servicePlanItems/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().size()).isEqualTo(2);
        assertThat(answer.json().get(0).path("id").asLong()).isEqualTo(sticker);
        assertThat(answer.json().get(0).path("name").asString()).isEqualTo("Sticker Removal");
        assertThat(answer.json().get(0).path("price").decimalValue()).isEqualByComparingTo("2.35");
        assertThat(answer.json().get(0).path("type").asString()).isEqualTo("perproduct");
        assertThat(answer.json().get(1).path("id").asLong()).isEqualTo(wrap);
        assertThat(answer.json().get(1).path("type").asString()).isEqualTo("perpackage");
    }

    @Test
    void service_plan_items_of_an_unknown_warehouse_are_not_found() {
        var key = newShipApiKey();
        var answer = http.post("/shipapi/servicePlanItems/list", key, Map.of("warehouseId", 99999999));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(answer.text("Error")).startsWith("warehouseId:");
    }

    @Test
    void a_user_is_created_then_read_back_in_the_published_shape() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        var body = new HashMap<String, Object>();
        body.put("id", null);
        body.put("email", "email.test@asd.com");
        body.put("name", "Halill");
        body.put("lastname", "YILMAZ");
        body.put("phone", "0555554443333");
        body.put("defaultWarehouseId", warehouseId);
        body.put("isActive", true);
        var created = http.post("/shipapi/user/addUpdate", key, body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(created.json().path("Error").isNull()).isTrue();
        long userId = created.id("Id");

        var user = http.get("/shipapi/user/get?userId=" + userId, key);
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.id("Id")).isEqualTo(userId);
        assertThat(user.text("Email")).isEqualTo("email.test@asd.com");
        assertThat(user.text("Name")).isEqualTo("Halill");
        assertThat(user.text("LastName")).isEqualTo("YILMAZ");
        assertThat(user.text("Phone")).isEqualTo("0555554443333");
        assertThat(user.id("DefaultWarehouseId")).isEqualTo(warehouseId);
        assertThat(user.json().path("IsActive").asBoolean()).isTrue();
    }

    @Test
    void updating_a_user_changes_its_fields_and_deactivates_it_but_never_its_email() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        var update = new HashMap<String, Object>();
        update.put("id", userId);
        update.put("name", "Ayse");
        update.put("isActive", false);
        var answer = http.post("/shipapi/user/addUpdate", key, update);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.id("Id")).isEqualTo(userId);
        var user = http.get("/shipapi/user/get?userId=" + userId, key);
        assertThat(user.text("Name")).isEqualTo("Ayse");
        assertThat(user.json().path("IsActive").asBoolean()).isFalse();

        update.put("email", "other@example.com");
        var emailChange = http.post("/shipapi/user/addUpdate", key, update);
        assertThat(emailChange.status()).isEqualTo(400);
        assertThat(emailChange.text("Error")).startsWith("email:");
    }

    @Test
    void an_inactive_user_cannot_send_goods_or_create_shipments() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        var deactivate = new HashMap<String, Object>();
        deactivate.put("id", userId);
        deactivate.put("isActive", false);
        http.post("/shipapi/user/addUpdate", key, deactivate);

        var inbound = announceInbound(key, userId, warehouseId, productId, 5);
        assertThat(inbound.status()).isEqualTo(409);
        assertThat(inbound.text("Error")).startsWith("userId:");
    }

    @Test
    void a_user_needs_a_valid_unique_email_and_a_name() {
        var key = newShipApiKey();
        var missingEmail = http.post("/shipapi/user/addUpdate", key, Map.of("name", "X"));
        assertThat(missingEmail.status()).isEqualTo(400);
        assertThat(missingEmail.text("Error")).startsWith("email:");

        var badEmail = http.post("/shipapi/user/addUpdate", key, Map.of("name", "X", "email", "not-an-email"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.text("Error")).startsWith("email:");

        var missingName = http.post("/shipapi/user/addUpdate", key, Map.of("email", unique("n") + "@example.com"));
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.text("Error")).startsWith("name:");

        var email = unique("twice") + "@example.com";
        assertThat(http.post("/shipapi/user/addUpdate", key, Map.of("name", "A", "email", email)).status()).isEqualTo(200);
        var duplicate = http.post("/shipapi/user/addUpdate", key, Map.of("name", "B", "email", email));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("Error")).startsWith("email:");

        var unknownWarehouse = http.post("/shipapi/user/addUpdate", key,
                Map.of("name", "C", "email", unique("w") + "@example.com", "defaultWarehouseId", 99999999));
        assertThat(unknownWarehouse.status()).isEqualTo(404);
        assertThat(unknownWarehouse.text("Error")).startsWith("defaultWarehouseId:");
    }

    @Test
    void the_user_list_filters_by_default_warehouse() {
        long first = createWarehouse();
        long second = createWarehouse();
        var key = newShipApiKey();
        long inFirst = createUser(key, first);
        long inSecond = createUser(key, second);

        var all = http.get("/shipapi/user/list", key);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().size()).isEqualTo(2);

        var filtered = http.get("/shipapi/user/list?warehouseId=" + first, key);
        assertThat(filtered.json().size()).isEqualTo(1);
        assertThat(filtered.json().get(0).path("Id").asLong()).isEqualTo(inFirst);
        assertThat(filtered.json().get(0).has("Email")).isTrue();
        assertThat(inSecond).isNotEqualTo(inFirst);
    }

    @Test
    void reading_a_user_needs_a_numeric_user_id() {
        var key = newShipApiKey();
        var missing = http.get("/shipapi/user/get", key);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("Error")).startsWith("userId:");
        var text = http.get("/shipapi/user/get?userId=abc", key);
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.text("Error")).startsWith("userId:");
        var unknown = http.get("/shipapi/user/get?userId=99999999", key);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void requests_without_a_valid_key_get_401_in_the_envelope() {
        var missing = http.get("/shipapi/warehouse/list", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(missing.text("Error")).contains("Authorization");

        var wrong = http.post("/shipapi/user/addUpdate", "not-a-key", Map.of("name", "X", "email", "x@example.com"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("IsSuccess").asBoolean()).isFalse();
    }
}
