package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LogisticsProductsTest extends LogisticsFixture {

    @BeforeEach
    void merchant() {
        aMerchant();
    }

    private static final List<String> PRODUCT_FIELDS = List.of("name", "logisticsSku", "merchantSku", "barcodes", "dimensions",
            "international", "dimsLocked", "createdAt", "updatedAt");

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    @Test
    void a_product_created_with_customs_information_reads_it_back_as_international() {
        var customs = new LinkedHashMap<String, Object>();
        customs.put("originCountry", "CN");
        customs.put("tariffCode", "6912.00");
        customs.put("customsValue", 12.5);
        customs.put("description", "Ceramic mug");
        var created = http.post(API + "/products", token, Map.of("name", "Mug", "merchantSku", unique("M"), "customsInformation", customs));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var read = http.get(API + "/products/" + created.text("logisticsSku"), token);
        assertThat(read.status()).isEqualTo(200);
        var international = read.json().path("international");
        assertThat(international.path("originCountry").asString()).isEqualTo("CN");
        assertThat(international.path("tariffCode").asString()).isEqualTo("6912.00");
        assertThat(international.path("customsValue").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(international.path("description").asString()).isEqualTo("Ceramic mug");
        assertThat(read.json().has("customsInformation")).isFalse();
    }

    @Test
    void the_earlier_customs_names_and_merchant_sku_spelling_are_accepted() {
        var msku = unique("M");
        var created = http.post(API + "/products", token, Map.of("name", "Mug", "merchantSKU", msku,
                "customsInformation", Map.of("hsTariffCode", "6912.00", "countryOfOrigin", "CN")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("merchantSku")).isEqualTo(msku);
        assertThat(created.json().path("international").path("tariffCode").asString()).isEqualTo("6912.00");
        assertThat(created.json().path("international").path("originCountry").asString()).isEqualTo("CN");
        assertThat(created.json().path("international").path("customsValue").isNull()).isTrue();
    }

    @Test
    void customs_information_without_a_two_letter_origin_country_is_refused_naming_it() {
        var before = rowCounts();
        var noOrigin = http.post(API + "/products", token, Map.of("name", "Mug", "merchantSku", unique("M"),
                "customsInformation", Map.of("tariffCode", "6912.00")));
        assertThat(noOrigin.status()).as(noOrigin.body()).isEqualTo(400);
        assertThat(noOrigin.text("detail")).startsWith("customsInformation.originCountry:");
        var badOrigin = http.post(API + "/products", token, Map.of("name", "Mug", "merchantSku", unique("M"),
                "customsInformation", Map.of("originCountry", "China")));
        assertThat(badOrigin.status()).as(badOrigin.body()).isEqualTo(400);
        assertThat(badOrigin.text("detail")).startsWith("customsInformation.originCountry:");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void a_bare_product_carries_every_field_with_unknown_optional_ones_as_null() {
        var created = http.post(API + "/products", token, Map.of("name", "Plain", "merchantSku", unique("M")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var product = http.get(API + "/products/" + created.text("logisticsSku"), token).json();
        assertThat(fieldNames(product)).containsExactlyInAnyOrderElementsOf(PRODUCT_FIELDS);
        assertThat(product.path("dimensions").isNull()).isTrue();
        assertThat(product.path("international").isNull()).isTrue();
        assertThat(product.path("barcodes").isArray()).isTrue();
        assertThat(product.path("dimsLocked").isBoolean()).isTrue();
        assertThat(product.path("dimsLocked").asBoolean()).isFalse();
        assertThat(product.path("createdAt").asString()).isNotBlank();
        assertThat(product.path("updatedAt").asString()).isNotBlank();
    }

    @Test
    void dimensions_lock_to_the_warehouses_measurements_once_received() {
        var created = http.post(API + "/products", token, Map.of("name", "Box", "merchantSku", unique("M"),
                "dimensions", Map.of("length", 10, "width", 8, "height", 4, "lengthUnit", "in", "weight", 2, "weightUnit", "lb")));
        var sku = created.text("logisticsSku");
        assertThat(created.json().path("dimsLocked").asBoolean()).isFalse();
        assertThat(created.json().path("dimensions").path("lengthUnit").asString()).isEqualTo("in");
        var inbound = http.post(API + "/inbounds/shipments", token, Map.of("items", List.of(Map.of("logisticsSku", sku, "quantity", 2))));
        assertThat(inbound.status()).as(inbound.body()).isEqualTo(201);
        var receipt = http.post("/ops/api/inbounds/" + inbound.text("id") + "/receipts", op, Map.of("barcode", sku, "good", 2,
                "weightKg", 0.9, "lengthCm", 25, "widthCm", 20, "heightCm", 10));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        var product = http.get(API + "/products/" + sku, token).json();
        assertThat(product.path("dimsLocked").asBoolean()).isTrue();
        assertThat(product.path("dimensions").path("length").decimalValue()).isEqualByComparingTo("25");
        assertThat(product.path("dimensions").path("lengthUnit").asString()).isEqualTo("cm");
        assertThat(product.path("dimensions").path("weight").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(product.path("dimensions").path("weightUnit").asString()).isEqualTo("kg");
        assertThat(java.time.Instant.parse(product.path("updatedAt").asString()))
                .isAfter(java.time.Instant.parse(created.json().path("updatedAt").asString()));
    }

    @Test
    void products_are_listed_as_a_bare_array_twenty_by_default_and_an_empty_page_is_the_end() {
        var skus = new ArrayList<String>();
        for (int i = 0; i < 22; i++) {
            skus.add(product(token));
        }
        var first = http.get(API + "/products", token);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().isArray()).as(first.body()).isTrue();
        assertThat(first.json().size()).isEqualTo(20);
        assertThat(first.json().get(0).path("logisticsSku").asString()).isEqualTo(skus.get(0));
        var second = http.get(API + "/products?limit=20&offset=20", token).json();
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.get(1).path("logisticsSku").asString()).isEqualTo(skus.get(21));
        assertThat(http.get(API + "/products?limit=20&offset=40", token).json().size()).isZero();
        assertThat(http.get(API + "/products?limit=100", token).json().size()).isEqualTo(22);
    }

    @Test
    void a_limit_over_one_hundred_or_under_one_is_refused_naming_limit() {
        for (var limit : List.of("101", "0")) {
            var answer = http.get(API + "/products?limit=" + limit, token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.text("detail")).startsWith("limit:");
        }
        assertThat(http.get(API + "/products?offset=-1", token).text("detail")).startsWith("offset:");
    }
}
