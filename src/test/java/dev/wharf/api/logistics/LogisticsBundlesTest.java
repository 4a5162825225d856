package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogisticsBundlesTest extends LogisticsFixture {

    private String widget;
    private String gadget;

    @BeforeEach
    void stockedMerchant() {
        aMerchant();
        widget = product(token);
        gadget = product(token);
        inbound(widget, 7);
        inbound(gadget, 10);
    }

    @Test
    void a_bundle_names_its_products_as_product_id_and_answers_its_id_and_creation_time() {
        var created = http.post(API + "/bundles", token, Map.of("externalBundleId", "B-9", "title", "Kit", "sku", unique("KIT"),
                "bundleContents", List.of(Map.of("productId", widget, "quantity", 2), Map.of("logisticsSku", gadget, "quantity", 3))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("bundleId")).matches("\\d+");
        assertThat(created.text("createdAt")).isNotBlank();
        var contents = created.json().path("bundleContents");
        assertThat(contents.get(0).path("productId").asString()).isEqualTo(widget);
        assertThat(contents.get(1).path("productId").asString()).isEqualTo(gadget);
        assertThat(contents.get(0).has("logisticsSku")).isFalse();

        var read = http.get(API + "/bundles/" + created.text("bundleId"), token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
    }

    @Test
    void a_bundles_available_units_are_the_fewest_whole_bundles_its_contents_make() {
        var created = http.post(API + "/bundles", token, Map.of("title", "Kit", "sku", unique("KIT"),
                "bundleContents", List.of(Map.of("productId", widget, "quantity", 2), Map.of("productId", gadget, "quantity", 3))));
        var id = created.text("bundleId");
        var inventory = http.get(API + "/bundles/" + id + "/inventory", token);
        assertThat(inventory.status()).as(inventory.body()).isEqualTo(200);
        assertThat(inventory.text("bundleId")).isEqualTo(id);
        // widget: 7 / 2 = 3 bundles; gadget: 10 / 3 = 3 bundles
        assertThat(inventory.json().path("availableUnits").asInt()).isEqualTo(3);
        assertThat(create(order("BUNDLE-ORDER", widget, 3)).status()).isEqualTo(200);
        // widget: 4 / 2 = 2 bundles now
        assertThat(http.get(API + "/bundles/" + id + "/inventory", token).json().path("availableUnits").asInt()).isEqualTo(2);
    }

    @Test
    void another_merchants_bundle_is_not_found_and_a_bad_id_names_the_field() {
        var created = http.post(API + "/bundles", token, Map.of("title", "Kit", "sku", unique("KIT"),
                "bundleContents", List.of(Map.of("productId", widget, "quantity", 1))));
        var other = merchantToken(warehouse.code());
        var id = created.text("bundleId");
        assertThat(http.get(API + "/bundles/" + id, other).status()).isEqualTo(404);
        assertThat(http.get(API + "/bundles/" + id + "/inventory", other).status()).isEqualTo(404);
        assertThat(http.get(API + "/bundles/999999999", token).status()).isEqualTo(404);
        var bad = http.get(API + "/bundles/x1", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("detail")).startsWith("bundleId:");
    }
}
