package dev.wharf.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Carrier and tracking handed over at shipping are kept and shown; money is in its currency's scale. */
class ExternalLabelTest extends WharfIntegrationTest {

    private String op;
    private String key;
    private long user;
    private String code;

    private Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    private JsonNode packedOrder(String currency, String price) {
        var warehouse = newWarehouse(currency);
        op = operatorOf(warehouse.code(), "operator");
        addRate(warehouse.id(), "Wharf Post", "Standard", "0", "30", price);
        key = newShipApiKey();
        user = createUser(key, warehouse.id());
        code = unique("EXT");
        long product = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse.id(), "userId", user,
                "title", "Mug", "SKU", code, "barcode", code)).id("Id");
        stock(key, user, warehouse.id(), product, 3, "S-1");
        long id = shipFromStock(key, warehouse.id(), user, product, 1).id("Id");
        var list = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(id)))).json();
        ok(http.post("/ops/api/pick-lists/" + list.path("id").asLong() + "/picks", op, Map.of("section", "S-1", "barcode", code,
                "quantity", 1)));
        return ok(http.post("/ops/api/orders/" + id + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 1.25,
                "items", List.of(Map.of("barcode", code, "quantity", 1))))))).json();
    }

    @Test
    void a_voided_label_replaced_outside_wharf_ships_with_the_carrier_and_tracking_handed_over() {
        var order = packedOrder("GBP", "4.45");
        long id = order.path("id").asLong();
        long pkg = order.path("packages").get(0).path("id").asLong();
        ok(http.post("/ops/api/packages/" + pkg + "/void", op, ""));
        var tooMany = http.post("/ops/api/orders/" + id + "/ship", op, Map.of("trackingNumber", "X".repeat(101)));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("detail")).startsWith("trackingNumber");

        var shipped = ok(http.post("/ops/api/orders/" + id + "/ship", op, Map.of("carrier", "DHL", "service", "Express",
                "trackingNumber", "JD014600003828", "cost", 12.5)));
        var json = shipped.json();
        assertThat(json.path("status").asString()).isEqualTo("SHIPPED");
        assertThat(json.path("carrier").asString()).isEqualTo("DHL");
        assertThat(json.path("trackingNumber").asString()).isEqualTo("JD014600003828");
        assertThat(json.path("packages").get(0).path("labelSource").asString()).isEqualTo("EXTERNAL");
        assertThat(shipped.body()).contains("\"cost\":12.50,").contains("\"weightKg\":1.25,");

        var status = http.get("/shipapi/shipment/getStatus/" + id, key);
        assertThat(status.text("TrackNumber")).isEqualTo("JD014600003828");
        assertThat(status.text("CarrierName")).isEqualTo("DHL");
        assertLedgerAgreesWithBalances();
    }

    @Test
    void a_packed_order_whose_packages_all_have_labels_refuses_a_different_tracking_number() {
        var order = packedOrder("GBP", "4.45");
        long id = order.path("id").asLong();
        var refused = http.post("/ops/api/orders/" + id + "/ship", op, Map.of("trackingNumber", "SOMETHING-ELSE"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).startsWith("trackingNumber:");
        assertThat(ok(http.get("/ops/api/orders/" + id, op)).text("status")).isEqualTo("PACKED");
    }

    @Test
    void yen_costs_have_no_decimals_and_pounds_two() {
        var yen = packedOrder("JPY", "786");
        var shipped = ok(http.post("/ops/api/orders/" + yen.path("id").asLong() + "/ship", op, ""));
        assertThat(shipped.body()).contains("\"cost\":786,").doesNotContain("786.0");
        var pounds = packedOrder("GBP", "4.4");
        var shippedPounds = ok(http.post("/ops/api/orders/" + pounds.path("id").asLong() + "/ship", op, ""));
        assertThat(shippedPounds.body()).contains("\"cost\":4.40,");
    }
}
