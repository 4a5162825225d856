package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogisticsInboundsTest extends LogisticsFixture {

    private String widget;

    @BeforeEach
    void merchantWithAProduct() {
        aMerchant();
        widget = product(token);
    }

    private String announce(int quantity) {
        var created = http.post(API + "/inbounds/shipments", token, Map.of("warehouseId", Long.toString(warehouse.id()),
                "carrierName", "UPS", "trackingNumber", unique("1Z"), "items", List.of(Map.of("logisticsSku", widget, "quantity", quantity))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void an_announced_shipment_is_ready_to_ship_with_every_required_field_and_the_warehouse_as_destination() {
        var id = announce(6);
        var read = http.get(API + "/inbounds/shipments/" + id, token);
        assertThat(read.status()).isEqualTo(200);
        var body = read.json();
        assertThat(body.path("id").isString()).isTrue();
        assertThat(body.path("status").asString()).isEqualTo("READY_TO_SHIP");
        assertThat(body.path("receivingId").asString()).isNotBlank();
        assertThat(body.path("shippingPlanId").asString()).isEqualTo(id);
        assertThat(body.path("addresses").path("to").path("street1").asString()).isEqualTo("1 Dock");
        assertThat(body.path("addresses").path("to").path("city").asString()).isEqualTo("Reno");
        assertThat(body.path("addresses").path("to").path("country").asString()).isEqualTo("US");
        assertThat(body.path("addresses").path("from").isObject()).isTrue();
        assertThat(body.path("addresses").path("from").path("street1").isNull()).isTrue();
        assertThat(body.path("prep").path("boxContentLabels").isBoolean()).isTrue();
        assertThat(body.path("items").get(0).path("logisticsSku").asString()).isEqualTo(widget);
        assertThat(body.path("items").get(0).path("shipmentItemId").isIntegralNumber()).isTrue();
        assertThat(body.path("items").get(0).path("counts").path("expected").asInt()).isEqualTo(6);
        assertThat(body.path("packages").get(0).path("items").get(0).path("quantity").asInt()).isEqualTo(6);
        for (var optional : List.of("arrivedAt", "completedAt", "shippingPlanExternalId", "shippingPlanName")) {
            assertThat(body.has(optional)).as(optional).isTrue();
            assertThat(body.path(optional).isNull()).as(optional).isTrue();
        }
    }

    @Test
    void counts_fill_as_the_floor_receives_and_a_fully_stocked_shipment_completes() {
        var id = announce(6);
        var receipt = http.post("/ops/api/inbounds/" + id + "/receipts", op, Map.of("barcode", widget, "good", 4, "damaged", 1));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        http.post("/ops/api/putaway", op, Map.of("barcode", widget, "toSection", "L-2", "quantity", 4));
        var receiving = http.get(API + "/inbounds/shipments/" + id, token).json();
        assertThat(receiving.path("status").asString()).isEqualTo("RECEIVING");
        assertThat(receiving.path("arrivedAt").isNull()).isFalse();
        assertThat(receiving.path("completedAt").isNull()).isTrue();
        var counts = receiving.path("items").get(0).path("counts");
        assertThat(counts.path("sellable").asInt()).isEqualTo(4);
        assertThat(counts.path("damaged").asInt()).isEqualTo(1);

        var rest = http.post("/ops/api/inbounds/" + id + "/receipts", op, Map.of("barcode", widget, "good", 1));
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        http.post("/ops/api/putaway", op, Map.of("barcode", widget, "toSection", "L-2", "quantity", 1));
        var done = http.get(API + "/inbounds/shipments/" + id, token).json();
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.path("completedAt").isNull()).isFalse();
        assertThat(done.path("items").get(0).path("counts").path("sellable").asInt()).isEqualTo(5);
    }

    @Test
    void shipments_are_listed_as_a_bare_array_filtered_by_comma_separated_ids_and_never_another_merchants() {
        var first = announce(1);
        var second = announce(2);
        var third = announce(3);
        var all = http.get(API + "/inbounds/shipments", token);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().isArray()).isTrue();
        assertThat(all.json().size()).isEqualTo(3);
        var picked = http.get(API + "/inbounds/shipments?shipmentIds=" + first + "," + third, token).json();
        assertThat(picked.size()).isEqualTo(2);
        assertThat(picked.get(0).path("id").asString()).isEqualTo(first);
        assertThat(picked.get(1).path("id").asString()).isEqualTo(third);
        var page = http.get(API + "/inbounds/shipments?limit=1&offset=1", token).json();
        assertThat(page.size()).isEqualTo(1);
        assertThat(page.get(0).path("id").asString()).isEqualTo(second);
        assertThat(http.get(API + "/inbounds/shipments?limit=1&offset=3", token).json().size()).isZero();

        var other = merchantToken(warehouse.code());
        assertThat(http.get(API + "/inbounds/shipments?shipmentIds=" + first, other).json().size()).isZero();
        assertThat(http.get(API + "/inbounds/shipments", other).json().size()).isZero();
        var bad = http.get(API + "/inbounds/shipments?shipmentIds=1,x", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("detail")).startsWith("shipmentIds:");
        assertThat(http.get(API + "/inbounds/shipments?limit=101", token).text("detail")).startsWith("limit:");
    }
}
