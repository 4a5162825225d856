package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A key sees only the users it created and what belongs to them. Another reseller's id and an
 * id that does not exist get the same answer, and a write through a foreign id changes nothing.
 */
class ShipApiTenancyTest extends WharfIntegrationTest {

    private long warehouseId;
    private String owner;
    private String intruder;
    private long userId;
    private long productId;
    private long inboundId;
    private long shipmentId;
    private long intruderUser;
    private long intruderProduct;

    @BeforeEach
    void twoResellersInOneWarehouse() {
        warehouseId = createWarehouse();
        owner = newShipApiKey();
        intruder = newShipApiKey();
        userId = createUser(owner, warehouseId);
        productId = createProduct(owner, userId, warehouseId);
        stock(owner, userId, warehouseId, productId, 10, "KTX-1");
        inboundId = announceInbound(owner, userId, warehouseId, productId, 5).id("Id");
        shipmentId = shipFromStock(owner, warehouseId, userId, productId, 2).id("Id");
        intruderUser = createUser(intruder, warehouseId);
        intruderProduct = createProduct(intruder, intruderUser, warehouseId);
    }

    /** Foreign and non-existent ids must be indistinguishable: same status, same IsSuccess. */
    private void assertNotFoundLikeAMissingId(Http.Answer foreign, Http.Answer missing) {
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(foreign.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(foreign.text("Error").replaceAll("\\d+", "N")).isEqualTo(missing.text("Error").replaceAll("\\d+", "N"));
    }

    @Test
    void user_get_and_update_through_a_foreign_key_are_not_found_and_change_nothing() {
        assertNotFoundLikeAMissingId(http.get("/shipapi/user/get?userId=" + userId, intruder),
                http.get("/shipapi/user/get?userId=99999999", intruder));
        var before = rowCounts();
        assertNotFoundLikeAMissingId(
                http.post("/shipapi/user/addUpdate", intruder, Map.of("id", userId, "name", "Hijacked", "isActive", false)),
                http.post("/shipapi/user/addUpdate", intruder, Map.of("id", 99999999, "name", "Hijacked")));
        assertThat(rowCounts()).isEqualTo(before);
        var user = http.get("/shipapi/user/get?userId=" + userId, owner);
        assertThat(user.text("Name")).isEqualTo("Halil");
        assertThat(user.json().path("IsActive").asBoolean()).isTrue();
    }

    @Test
    void the_user_list_shows_only_the_key_owners_users() {
        var list = http.get("/shipapi/user/list", intruder);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).path("Id").asLong()).isEqualTo(intruderUser);
        var filtered = http.get("/shipapi/user/list?warehouseId=" + warehouseId, intruder);
        assertThat(filtered.json().size()).isEqualTo(1);
    }

    @Test
    void service_plan_items_for_a_foreign_user_are_not_found() {
        assertNotFoundLikeAMissingId(
                http.post("/shipapi/servicePlanItems/list", intruder, Map.of("warehouseId", warehouseId, "userId", userId)),
                http.post("/shipapi/servicePlanItems/list", intruder, Map.of("warehouseId", warehouseId, "userId", 99999999)));
    }

    @Test
    void products_of_a_foreign_user_cannot_be_read_listed_created_or_changed() {
        assertNotFoundLikeAMissingId(http.get("/shipapi/product/get?productId=" + productId, intruder),
                http.get("/shipapi/product/get?productId=99999999", intruder));
        assertNotFoundLikeAMissingId(http.get("/shipapi/product/list?userId=" + userId, intruder),
                http.get("/shipapi/product/list?userId=99999999", intruder));
        var before = rowCounts();
        assertNotFoundLikeAMissingId(
                http.post("/shipapi/product/addUpdate", intruder, Map.of("warehouseId", warehouseId, "userId", userId, "title", "X")),
                http.post("/shipapi/product/addUpdate", intruder, Map.of("warehouseId", warehouseId, "userId", 99999999, "title", "X")));
        assertNotFoundLikeAMissingId(
                http.post("/shipapi/product/addUpdate", intruder, Map.of("id", productId, "title", "Hijacked")),
                http.post("/shipapi/product/addUpdate", intruder, Map.of("id", 99999999, "title", "Hijacked")));
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(http.get("/shipapi/product/get?productId=" + productId, owner).text("Title")).isEqualTo("Drawing coloured pencils");
    }

    @Test
    void inbounds_cannot_be_sent_for_changed_or_cancelled_through_a_foreign_key() {
        var before = rowCounts();
        assertNotFoundLikeAMissingId(announceInbound(intruder, userId, warehouseId, productId, 1),
                announceInbound(intruder, 99999999, warehouseId, productId, 1));
        // The intruder's own user cannot ship the owner's product in either.
        var foreignProduct = announceInbound(intruder, intruderUser, warehouseId, productId, 1);
        assertThat(foreignProduct.status()).isEqualTo(404);
        assertThat(foreignProduct.text("Error")).startsWith("packages[0].packageItems[0].productId:");
        assertNotFoundLikeAMissingId(
                http.post("/shipapi/fbm/addUpdate", intruder, Map.of("id", inboundId, "packages", List.of(Map.of(
                        "packageItems", List.of(Map.of("productId", intruderProduct, "quantity", 1)))))),
                http.post("/shipapi/fbm/addUpdate", intruder, Map.of("id", 99999999, "packages", List.of(Map.of(
                        "packageItems", List.of(Map.of("productId", intruderProduct, "quantity", 1)))))));
        assertNotFoundLikeAMissingId(http.get("/shipapi/fbm/cancel/" + inboundId, intruder),
                http.get("/shipapi/fbm/cancel/99999999", intruder));
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(http.get("/shipapi/fbm/cancel/" + inboundId, owner).status()).isEqualTo(200);
    }

    @Test
    void a_foreign_users_inventory_is_not_found() {
        assertNotFoundLikeAMissingId(
                http.post("/shipapi/inventory/list", intruder, Map.of("warehouseId", warehouseId, "userId", userId)),
                http.post("/shipapi/inventory/list", intruder, Map.of("warehouseId", warehouseId, "userId", 99999999)));
    }

    @Test
    void shipments_of_a_foreign_user_cannot_be_created_read_labelled_or_cancelled() {
        var before = rowCounts();
        assertNotFoundLikeAMissingId(shipFromStock(intruder, warehouseId, userId, productId, 1),
                shipFromStock(intruder, warehouseId, 99999999, productId, 1));
        var ownerStockThroughOwnUser = shipFromStock(intruder, warehouseId, intruderUser, productId, 1);
        assertThat(ownerStockThroughOwnUser.status()).isEqualTo(404);
        assertThat(ownerStockThroughOwnUser.text("Error")).startsWith("products[0].productId:");
        assertNotFoundLikeAMissingId(http.get("/shipapi/shipment/getStatus/" + shipmentId, intruder),
                http.get("/shipapi/shipment/getStatus/99999999", intruder));
        assertNotFoundLikeAMissingId(http.post("/shipapi/shipment/get", intruder, Map.of("shipmentId", shipmentId, "labelPdf", true)),
                http.post("/shipapi/shipment/get", intruder, Map.of("shipmentId", 99999999, "labelPdf", true)));
        assertNotFoundLikeAMissingId(http.post("/shipapi/shipment/update", intruder, Map.of("id", shipmentId, "labelPdf", "JVBERi0K")),
                http.post("/shipapi/shipment/update", intruder, Map.of("id", 99999999, "labelPdf", "JVBERi0K")));
        assertNotFoundLikeAMissingId(http.get("/shipapi/shipment/cancel/" + shipmentId, intruder),
                http.get("/shipapi/shipment/cancel/99999999", intruder));
        assertThat(rowCounts()).isEqualTo(before);
        var status = http.get("/shipapi/shipment/getStatus/" + shipmentId, owner);
        assertThat(status.text("Status")).isEqualTo("NewShipment");
        assertThat(availableStock(owner, warehouseId, userId, productId)).isEqualTo(8);
    }

    @Test
    void the_warehouse_list_is_shared_by_every_key() {
        var mine = http.get("/shipapi/warehouse/list", owner);
        var theirs = http.get("/shipapi/warehouse/list", intruder);
        assertThat(mine.body()).isEqualTo(theirs.body());
    }
}
