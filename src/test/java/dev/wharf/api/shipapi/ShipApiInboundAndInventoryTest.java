package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundId;
import dev.wharf.support.WharfIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShipApiInboundAndInventoryTest extends WharfIntegrationTest {

    @Test
    void announcing_an_inbound_answers_the_address_marked_with_customer_and_inbound_numbers() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long p1 = createProduct(key, userId, warehouseId);
        long p2 = createProduct(key, userId, warehouseId);
        var answer = http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouseId, "userId", userId,
                "packages", List.of(Map.of("carrierName", "Fedex", "trackNumber", "TK12312323233",
                        "packageItems", List.of(Map.of("productId", p1, "quantity", 10), Map.of("productId", p2, "quantity", 20)))),
                "isActive", true));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(answer.id("Id")).isPositive();
        assertThat(answer.json().path("Error").isNull()).isTrue();
        assertThat(answer.text("Address"))
                .matches("5 Viking Self Storage,5 Turnpike Close #\\d+ # INV \\d+ Norwich NR6 5BD United Kingdom");
    }

    @Test
    void an_inbound_can_be_revised_and_cancelled_while_new_only() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        long inboundId = announceInbound(key, userId, warehouseId, productId, 5).id("Id");

        var revised = http.post("/shipapi/fbm/addUpdate", key, Map.of("id", inboundId,
                "packages", List.of(Map.of("carrierName", "UPS", "trackNumber", "1Z",
                        "packageItems", List.of(Map.of("productId", productId, "quantity", 7))))));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.id("Id")).isEqualTo(inboundId);

        var cancel = http.get("/shipapi/fbm/cancel/" + inboundId, key);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(cancel.id("Id")).isEqualTo(inboundId);

        var again = http.get("/shipapi/fbm/cancel/" + inboundId, key);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("IsSuccess").asBoolean()).isFalse();
    }

    @Test
    void an_inbound_whose_goods_started_arriving_cannot_be_cancelled_or_revised() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        long inboundId = announceInbound(key, userId, warehouseId, productId, 10).id("Id");
        receiving.receive(new InboundId(inboundId), new ProductId(productId), 4, 0, "KTX-12", "test");

        var cancel = http.get("/shipapi/fbm/cancel/" + inboundId, key);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(cancel.text("Error")).contains("only while it is new");

        var revise = http.post("/shipapi/fbm/addUpdate", key, Map.of("id", inboundId, "packages", List.of(Map.of(
                "packageItems", List.of(Map.of("productId", productId, "quantity", 1))))));
        assertThat(revise.status()).isEqualTo(409);
        var deactivate = http.post("/shipapi/fbm/addUpdate", key, Map.of("id", inboundId, "isActive", false, "packages", List.of(Map.of(
                "packageItems", List.of(Map.of("productId", productId, "quantity", 1))))));
        assertThat(deactivate.status()).isEqualTo(409);
    }

    @Test
    void isActive_false_on_a_new_inbound_cancels_it() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        long inboundId = announceInbound(key, userId, warehouseId, productId, 5).id("Id");
        var deactivate = http.post("/shipapi/fbm/addUpdate", key, Map.of("id", inboundId, "isActive", false, "packages", List.of(Map.of(
                "packageItems", List.of(Map.of("productId", productId, "quantity", 5))))));
        assertThat(deactivate.status()).isEqualTo(200);
        assertThat(http.get("/shipapi/fbm/cancel/" + inboundId, key).status()).isEqualTo(409);
    }

    @Test
    void inbound_input_is_checked_and_named() {
        long warehouseId = createWarehouse();
        long otherWarehouse = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        long elsewhere = createProduct(key, userId, otherWarehouse);
        var before = rowCounts();

        var zero = announceInbound(key, userId, warehouseId, productId, 0);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text("Error")).startsWith("packages[0].packageItems[0].quantity:");
        var negative = announceInbound(key, userId, warehouseId, productId, -3);
        assertThat(negative.status()).isEqualTo(400);
        var unknownProduct = announceInbound(key, userId, warehouseId, 99999999, 1);
        assertThat(unknownProduct.status()).isEqualTo(404);
        assertThat(unknownProduct.text("Error")).startsWith("packages[0].packageItems[0].productId:");
        var wrongWarehouse = announceInbound(key, userId, warehouseId, elsewhere, 1);
        assertThat(wrongWarehouse.status()).isEqualTo(400);
        assertThat(wrongWarehouse.text("Error")).startsWith("packages[0].packageItems[0].productId:");
        var unknownWarehouse = announceInbound(key, userId, 99999999, productId, 1);
        assertThat(unknownWarehouse.status()).isEqualTo(404);
        assertThat(unknownWarehouse.text("Error")).startsWith("warehouseId:");
        var noPackages = http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouseId, "userId", userId, "packages", List.of()));
        assertThat(noPackages.status()).isEqualTo(400);
        assertThat(noPackages.text("Error")).startsWith("packages:");
        var emptyPackage = http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouseId, "userId", userId,
                "packages", List.of(Map.of("carrierName", "Fedex"))));
        assertThat(emptyPackage.status()).isEqualTo(400);
        assertThat(emptyPackage.text("Error")).startsWith("packages[0].packageItems:");
        var cancelUnknown = http.get("/shipapi/fbm/cancel/99999999", key);
        assertThat(cancelUnknown.status()).isEqualTo(404);
        var cancelText = http.get("/shipapi/fbm/cancel/abc", key);
        assertThat(cancelText.status()).isEqualTo(400);
        assertThat(cancelText.text("Error")).startsWith("fbmId:");

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void the_inventory_list_shows_one_row_per_section_parcel_type_and_condition() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        long inboundId = announceInbound(key, userId, warehouseId, productId, 20).id("Id");
        receiving.receive(new InboundId(inboundId), new ProductId(productId), 12, 1, "KTX-12", "test");
        receiving.receive(new InboundId(inboundId), new ProductId(productId), 7, 0, "KTB-22", "test");

        var rows = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        assertThat(rows.status()).isEqualTo(200);
        assertThat(rows.json().size()).isEqualTo(3);
        var first = rows.json().get(0);
        assertThat(first.path("productId").asLong()).isEqualTo(productId);
        assertThat(first.path("inventoryId").asLong()).isPositive();
        assertThat(first.path("section").asString()).isEqualTo("KTX-12");
        assertThat(first.path("title").asString()).isEqualTo("Drawing coloured pencils");
        assertThat(first.has("asin")).isTrue();
        assertThat(first.path("sku").asString()).startsWith("SKU-");
        assertThat(first.path("barcode").asString()).isEqualTo("4444333223");
        assertThat(first.path("parcelType").asString()).isEqualTo("Box");
        assertThat(first.path("stock").asInt()).isEqualTo(12);
        assertThat(first.path("inventoryStatus").asString()).isEqualTo("ok");
        var damaged = rows.json().get(1);
        assertThat(damaged.path("stock").asInt()).isEqualTo(1);
        assertThat(damaged.path("inventoryStatus").asString()).isEqualTo("damaged");
        assertThat(rows.json().get(2).path("section").asString()).isEqualTo("KTB-22");
        assertThat(availableStock(key, warehouseId, userId, productId)).isEqualTo(19);
    }

    @Test
    void the_inventory_list_needs_both_ids_and_a_known_warehouse() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        var noUser = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId));
        assertThat(noUser.status()).isEqualTo(400);
        assertThat(noUser.text("Error")).startsWith("userId:");
        var unknownWarehouse = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", 99999999, "userId", userId));
        assertThat(unknownWarehouse.status()).isEqualTo(404);
        assertThat(unknownWarehouse.text("Error")).startsWith("warehouseId:");
        var empty = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().size()).isZero();
    }
}
