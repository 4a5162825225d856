package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every id a ShipAPI request carries, named by a key that does not own it, answers exactly as an
 * id that does not exist: same status, same body apart from the id echoed, nothing written.
 * (Users, fbm ids and shipment ids read or changed directly are covered by ShipApiTenancyTest.)
 */
class ShipApiForeignIdsTest extends WharfIntegrationTest {

    private static final long MISSING = 99_999_999L;

    private long warehouseId;
    private String owner;
    private String intruder;
    private long ownerUser;
    private long ownerProduct;
    private long ownerRow;
    private long intruderUser;
    private long intruderProduct;

    @BeforeEach
    void twoResellersInOneWarehouse() {
        warehouseId = createWarehouse();
        owner = newShipApiKey();
        intruder = newShipApiKey();
        ownerUser = createUser(owner, warehouseId);
        ownerProduct = createProduct(owner, ownerUser, warehouseId);
        stock(owner, ownerUser, warehouseId, ownerProduct, 10, "KTX-1");
        ownerRow = http.post("/shipapi/inventory/list", owner, Map.of("warehouseId", warehouseId, "userId", ownerUser))
                .json().get(0).path("inventoryId").asLong();
        intruderUser = createUser(intruder, warehouseId);
        intruderProduct = createProduct(intruder, intruderUser, warehouseId);
        stock(intruder, intruderUser, warehouseId, intruderProduct, 10, "KTX-2");
    }

    @Test
    void another_merchants_inventoryId_on_a_shipment_line_answers_as_a_missing_one_and_reserves_nothing() {
        var before = rowCounts();
        var foreign = shipment(Map.of("inventoryId", ownerRow, "productId", intruderProduct, "quantity", 1), null);
        var missing = shipment(Map.of("inventoryId", MISSING, "productId", intruderProduct, "quantity", 1), null);

        assertSameAsMissing(foreign, missing, ownerRow, 404);
        assertThat(foreign.text("Error")).startsWith("products[0].inventoryId:");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(availableStock(owner, warehouseId, ownerUser, ownerProduct)).isEqualTo(10);
    }

    @Test
    void another_merchants_inventoryId_on_an_extra_service_answers_as_a_missing_one() {
        long item = createServiceItem(warehouseId, "Sticker Removal", "2.35", "perproduct");
        var before = rowCounts();
        var foreign = shipment(line(), service(ownerRow, intruderProduct, item));
        var missing = shipment(line(), service(MISSING, intruderProduct, item));

        assertSameAsMissing(foreign, missing, ownerRow, 404);
        assertThat(foreign.text("Error")).startsWith("extraServices[0].inventoryId:");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void the_merchants_own_inventoryId_on_an_extra_service_is_accepted() {
        long item = createServiceItem(warehouseId, "Sticker Removal", "2.35", "perproduct");
        long ownRow = http.post("/shipapi/inventory/list", intruder, Map.of("warehouseId", warehouseId, "userId", intruderUser))
                .json().get(0).path("inventoryId").asLong();

        var answer = shipment(line(), service(ownRow, intruderProduct, item));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isTrue();
    }

    @Test
    void another_warehouses_servicePlanItemId_answers_as_a_missing_one() {
        long elsewhere = createServiceItem(createWarehouse(), "Stretch Wrapping", "4.50", "perpackage");
        var foreign = shipment(line(), service(null, null, elsewhere));
        var missing = shipment(line(), service(null, null, MISSING));

        assertSameAsMissing(foreign, missing, elsewhere, 404);
        assertThat(foreign.text("Error")).startsWith("extraServices[0].servicePlanItemId:");
    }

    @Test
    void another_merchants_productId_on_an_extra_service_answers_as_a_missing_one() {
        long item = createServiceItem(warehouseId, "Sticker Removal", "2.35", "perproduct");
        var foreign = shipment(line(), service(null, ownerProduct, item));
        var missing = shipment(line(), service(null, MISSING, item));

        assertSameAsMissing(foreign, missing, ownerProduct, 400);
        assertThat(foreign.text("Error")).startsWith("extraServices[0].productId:");
    }

    @Test
    void another_merchants_productId_on_a_shipment_line_answers_as_a_missing_one() {
        var foreign = shipment(Map.of("productId", ownerProduct, "quantity", 1), null);
        var missing = shipment(Map.of("productId", MISSING, "quantity", 1), null);

        assertSameAsMissing(foreign, missing, ownerProduct, 404);
        assertThat(foreign.text("Error")).startsWith("products[0].productId:");
    }

    @Test
    void another_merchants_productId_in_an_fbm_package_answers_as_a_missing_one() {
        var before = rowCounts();
        var foreign = announceInbound(intruder, intruderUser, warehouseId, ownerProduct, 1);
        var missing = announceInbound(intruder, intruderUser, warehouseId, MISSING, 1);

        assertSameAsMissing(foreign, missing, ownerProduct, 404);
        assertThat(foreign.text("Error")).startsWith("packages[0].packageItems[0].productId:");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void an_unknown_warehouseId_is_not_found_wherever_it_is_named() {
        // Warehouses are shared: every key lists them all, so an unknown id is the only case to hide nothing about.
        var answers = List.of(
                http.post("/shipapi/servicePlanItems/list", intruder, Map.of("warehouseId", MISSING, "userId", intruderUser)),
                http.post("/shipapi/inventory/list", intruder, Map.of("warehouseId", MISSING, "userId", intruderUser)),
                shipFromStock(intruder, MISSING, intruderUser, intruderProduct, 1),
                announceInbound(intruder, intruderUser, MISSING, intruderProduct, 1));
        for (var answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
            assertThat(answer.text("Error")).startsWith("warehouseId:");
        }
    }

    private Map<String, Object> line() {
        return Map.of("productId", intruderProduct, "quantity", 1);
    }

    private static Map<String, Object> service(Long inventoryId, Long productId, long servicePlanItemId) {
        var service = new LinkedHashMap<String, Object>();
        service.put("inventoryId", inventoryId);
        service.put("productId", productId);
        service.put("servicePlanItemId", servicePlanItemId);
        return service;
    }

    /** A from-stock shipment by the intruder's own user, in the shared warehouse. */
    private Http.Answer shipment(Map<String, Object> line, Map<String, Object> service) {
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouseId);
        body.put("userId", intruderUser);
        body.put("products", List.of(line));
        body.put("extraServices", service == null ? List.of() : List.of(service));
        body.put("shipTo", shipTo());
        return http.post("/shipapi/shipment/add", intruder, body);
    }

    /** Same status and the same envelope, once the foreign id and the missing one are blanked out. */
    private static void assertSameAsMissing(Http.Answer foreign, Http.Answer missing, long foreignId, int status) {
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(status);
        assertThat(missing.status()).as(missing.body()).isEqualTo(status);
        assertThat(foreign.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(foreign.body().replace(Long.toString(foreignId), "ID"))
                .isEqualTo(missing.body().replace(Long.toString(MISSING), "ID"));
    }
}
