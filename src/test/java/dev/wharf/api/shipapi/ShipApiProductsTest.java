package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.WharfIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShipApiProductsTest extends WharfIntegrationTest {

    @Test
    void a_product_is_defined_and_read_back_with_every_published_field() {
        long warehouseId = createWarehouse("GBP");
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        var body = new HashMap<String, Object>();
        body.put("id", null);
        body.put("warehouseId", warehouseId);
        body.put("userId", userId);
        body.put("title", "Drawing coloured pencils");
        body.put("marketplaceId", "A1F83G8C2ARO7P");
        body.put("ASIN", "B01212112");
        body.put("SKU", "SKU-1223324");
        body.put("barcode", "4444333223");
        body.put("imageUrl", "https://m.media-amazon.com/images/I/Ewocn_SL75_.jpg");
        body.put("weight", 1.2);
        body.put("weightUnit", "kg");
        body.put("height", 12.10);
        body.put("width", 8.50);
        body.put("length", 14.50);
        body.put("dimensionUnit", "cm");
        body.put("price", 99.90);
        body.put("currency", "GBP");
        body.put("expirationDate", "2031-08-21");
        body.put("isActive", true);
        var created = http.post("/shipapi/product/addUpdate", key, body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("IsSuccess").asBoolean()).isTrue();
        long productId = created.id("Id");

        var product = http.get("/shipapi/product/get?productId=" + productId, key);
        assertThat(product.status()).isEqualTo(200);
        assertThat(product.id("Id")).isEqualTo(productId);
        assertThat(product.id("WarehouseId")).isEqualTo(warehouseId);
        assertThat(product.id("UserId")).isEqualTo(userId);
        assertThat(product.text("Title")).isEqualTo("Drawing coloured pencils");
        assertThat(product.text("MarketplaceId")).isEqualTo("A1F83G8C2ARO7P");
        assertThat(product.text("ASIN")).isEqualTo("B01212112");
        assertThat(product.text("SKU")).isEqualTo("SKU-1223324");
        assertThat(product.text("Barcode")).isEqualTo("4444333223");
        assertThat(product.text("ImageUrl")).isEqualTo("https://m.media-amazon.com/images/I/Ewocn_SL75_.jpg");
        assertThat(product.json().path("Weight").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(product.text("WeightUnit")).isEqualTo("kg");
        assertThat(product.json().path("Length").decimalValue()).isEqualByComparingTo("14.5");
        assertThat(product.json().path("Width").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(product.json().path("Height").decimalValue()).isEqualByComparingTo("12.1");
        assertThat(product.text("DimensionUnit")).isEqualTo("cm");
        assertThat(product.json().path("Price").decimalValue()).isEqualByComparingTo("99.9");
        assertThat(product.text("Currency")).isEqualTo("GBP");
        assertThat(product.json().path("IsActive").asBoolean()).isTrue();
        assertThat(product.body()).doesNotContain("E+");
    }

    @Test
    void a_product_without_a_currency_takes_the_warehouse_default() {
        long warehouseId = createWarehouse("USD");
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        assertThat(http.get("/shipapi/product/get?productId=" + productId, key).text("Currency")).isEqualTo("USD");
    }

    @Test
    void updating_a_product_changes_what_is_sent_and_refuses_to_move_it() {
        long warehouseId = createWarehouse();
        long other = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);

        var update = new HashMap<String, Object>(Map.of("id", productId, "title", "Erasers 3 pieces", "isActive", false));
        var answer = http.post("/shipapi/product/addUpdate", key, update);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.id("Id")).isEqualTo(productId);
        var product = http.get("/shipapi/product/get?productId=" + productId, key);
        assertThat(product.text("Title")).isEqualTo("Erasers 3 pieces");
        assertThat(product.json().path("IsActive").asBoolean()).isFalse();
        assertThat(product.text("WeightUnit")).isEqualTo("kg");

        var move = http.post("/shipapi/product/addUpdate", key, Map.of("id", productId, "warehouseId", other));
        assertThat(move.status()).isEqualTo(400);
        assertThat(move.text("Error")).startsWith("warehouseId:");
        long otherUser = createUser(key, warehouseId);
        var reassign = http.post("/shipapi/product/addUpdate", key, Map.of("id", productId, "userId", otherUser));
        assertThat(reassign.status()).isEqualTo(400);
        assertThat(reassign.text("Error")).startsWith("userId:");
    }

    @Test
    void the_product_list_is_per_user_and_optionally_per_warehouse() {
        long first = createWarehouse();
        long second = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, first);
        long p1 = createProduct(key, userId, first);
        long p2 = createProduct(key, userId, second);
        long someoneElse = createUser(key, first);
        createProduct(key, someoneElse, first);

        var all = http.get("/shipapi/product/list?userId=" + userId, key);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().size()).isEqualTo(2);
        var inFirst = http.get("/shipapi/product/list?userId=" + userId + "&warehouseId=" + first, key);
        assertThat(inFirst.json().size()).isEqualTo(1);
        assertThat(inFirst.json().get(0).path("Id").asLong()).isEqualTo(p1);
        assertThat(inFirst.json().get(0).path("SKU").isString()).isTrue();
        assertThat(p2).isNotEqualTo(p1);
    }

    @Test
    void a_second_product_with_the_same_sku_for_the_same_user_and_warehouse_is_refused() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        var sku = unique("SKU");
        var body = Map.of("warehouseId", warehouseId, "userId", userId, "title", "A", "SKU", sku);
        assertThat(http.post("/shipapi/product/addUpdate", key, body).status()).isEqualTo(200);
        var again = http.post("/shipapi/product/addUpdate", key, body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("Error")).startsWith("SKU:");
    }

    @Test
    void product_fields_are_checked_and_named_when_wrong() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        Map<String, Object> base = Map.of("warehouseId", warehouseId, "userId", userId, "title", "T");

        assertError(key, with(base, "weightUnit", "stone", "weight", 1), 400, "weightUnit:");
        assertError(key, with(base, "dimensionUnit", "ft", "height", 1), 400, "dimensionUnit:");
        assertError(key, with(base, "currency", "JPY"), 400, "currency:");
        assertError(key, with(base, "weight", 2), 400, "weightUnit:");
        assertError(key, with(base, "weight", -1, "weightUnit", "kg"), 400, "weight:");
        assertError(key, with(base, "weight", "heavy", "weightUnit", "kg"), 400, "weight:");
        assertError(key, with(base, "expirationDate", "21/08/2021"), 400, "expirationDate:");
        assertError(key, Map.of("warehouseId", warehouseId, "userId", userId), 400, "title:");
        assertError(key, Map.of("userId", userId, "title", "T"), 400, "warehouseId:");
        assertError(key, Map.of("warehouseId", warehouseId, "title", "T"), 400, "userId:");
        assertError(key, with(base, "warehouseId", 99999999), 404, "warehouseId:");
        assertError(key, with(base, "userId", 99999999), 404, "userId:");
    }

    @Test
    void reading_an_unknown_product_is_not_found() {
        var key = newShipApiKey();
        var answer = http.get("/shipapi/product/get?productId=99999999", key);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
        var update = http.post("/shipapi/product/addUpdate", key, Map.of("id", 99999999, "title", "X"));
        assertThat(update.status()).isEqualTo(404);
    }

    private void assertError(String key, Map<String, Object> body, int status, String fieldPrefix) {
        var before = rowCounts();
        var answer = http.post("/shipapi/product/addUpdate", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(answer.text("Error")).as(answer.body()).startsWith(fieldPrefix);
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        var map = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
