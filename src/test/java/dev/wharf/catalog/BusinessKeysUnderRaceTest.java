package dev.wharf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Race;
import dev.wharf.support.WharfIntegrationTest;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/**
 * Twenty identical creations at once: the check in the core lets all twenty through before any
 * has inserted, so only the database's unique key can keep the second one out. Every loser must
 * still get the dialect's "duplicate" answer, not a generic conflict.
 */
class BusinessKeysUnderRaceTest extends WharfIntegrationTest {

    @Test
    void twenty_concurrent_products_with_one_sku_create_exactly_one() throws Exception {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        var sku = unique("RACE-");

        var answers = Race.run(20, i -> {
            var body = new LinkedHashMap<String, Object>();
            body.put("warehouseId", warehouseId);
            body.put("userId", userId);
            body.put("title", "Racing pencils " + i);
            body.put("SKU", sku);
            return http.post("/shipapi/product/addUpdate", key, body);
        });

        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() != 200)).hasSize(19).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.json().path("IsSuccess").asBoolean(true)).isFalse();
            assertThat(a.text("Error")).contains(sku).contains("already used");
        });
        var listed = http.get("/shipapi/product/list?userId=" + userId + "&warehouseId=" + warehouseId, key);
        assertThat(listed.json().findValuesAsString("SKU")).containsExactly(sku);
    }

    @Test
    void twenty_concurrent_users_with_one_email_in_any_case_create_exactly_one() throws Exception {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        var email = unique("race") + "@example.com";

        var answers = Race.run(20, i -> {
            var body = new LinkedHashMap<String, Object>();
            body.put("email", i % 2 == 0 ? email : email.toUpperCase());
            body.put("name", "Racer " + i);
            body.put("defaultWarehouseId", warehouseId);
            return http.post("/shipapi/user/addUpdate", key, body);
        });

        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() != 200)).hasSize(19).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.text("Error")).containsIgnoringCase(email).contains("already exists");
        });
    }
}
