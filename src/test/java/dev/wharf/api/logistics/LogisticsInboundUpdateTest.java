package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogisticsInboundUpdateTest extends LogisticsFixture {

    private String widget;
    private String gadget;

    @BeforeEach
    void merchantWithTwoProducts() {
        aMerchant();
        widget = product(token);
        gadget = product(token);
    }

    private String announce() {
        var created = http.post(API + "/inbounds/shipments", token, Map.of("warehouseId", Long.toString(warehouse.id()),
                "carrierName", "UPS", "trackingNumber", "1ZFIRST", "items", List.of(Map.of("logisticsSku", widget, "quantity", 6))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    private Http.Answer patch(String id, String auth, Object body) {
        var text = body instanceof String s ? s : Http.json().writeValueAsString(body);
        return http.send(http.builder(API + "/inbounds/shipments/" + id + "/update", auth).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(text)));
    }

    private static Map<String, Object> from() {
        var from = new LinkedHashMap<String, Object>();
        from.put("name", "Jane Supplier");
        from.put("street1", "1 Factory Rd");
        from.put("city", "Shenzhen");
        from.put("zip", "518000");
        from.put("country", "CN");
        return from;
    }

    @Test
    void before_arrival_the_tracking_number_origin_packages_and_prep_change_and_read_back() {
        var id = announce();
        var pkg = new LinkedHashMap<String, Object>();
        pkg.put("length", 12);
        pkg.put("width", 10);
        pkg.put("height", 8);
        pkg.put("dimensionUnit", "in");
        pkg.put("weight", 5.5);
        pkg.put("weightUnit", "lb");
        pkg.put("items", List.of(Map.of("logisticsSku", widget, "quantity", 4), Map.of("logisticsSku", gadget, "quantity", 2)));
        var answer = patch(id, token, Map.of("packageTrackingNumber", "1ZSECOND", "from", from(), "packages", List.of(pkg),
                "prep", Map.of("boxContentLabels", true), "shippingOption", "SPD", "createPackages", false));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.text("status")).isEqualTo("READY_TO_SHIP");

        var read = http.get(API + "/inbounds/shipments/" + id, token).json();
        assertThat(read.path("addresses").path("from").path("city").asString()).isEqualTo("Shenzhen");
        assertThat(read.path("addresses").path("from").path("country").asString()).isEqualTo("CN");
        assertThat(read.path("addresses").path("from").path("company").isNull()).isTrue();
        assertThat(read.path("prep").path("boxContentLabels").asBoolean()).isTrue();
        assertThat(read.path("items").size()).isEqualTo(2);
        assertThat(read.path("items").get(1).path("logisticsSku").asString()).isEqualTo(gadget);
        var box = read.path("packages").get(0);
        assertThat(box.path("weight").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(box.path("dimensionUnit").asString()).isEqualTo("in");
        assertThat(box.path("items").get(0).path("quantity").asInt()).isEqualTo(4);
        assertThat(answer.json()).isEqualTo(read);

        var tracking = http.get("/ops/api/inbounds/" + id, op);
        assertThat(tracking.body()).contains("1ZSECOND").doesNotContain("1ZFIRST");

        // A property left out keeps its value.
        var partial = patch(id, token, Map.of("packageTrackingNumber", "1ZTHIRD"));
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        assertThat(partial.json().path("addresses").path("from").path("city").asString()).isEqualTo("Shenzhen");
        assertThat(partial.json().path("items").size()).isEqualTo(2);
        assertThat(partial.json().path("prep").path("boxContentLabels").asBoolean()).isTrue();
    }

    @Test
    void once_the_floor_has_the_goods_an_update_is_refused_naming_the_state_and_changes_nothing() {
        var id = announce();
        var arrived = http.post("/ops/api/inbounds/" + id + "/arrive", op, Map.of());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(http.get(API + "/inbounds/shipments/" + id, token).json().path("status").asString()).isEqualTo("ARRIVED");
        var before = rowCounts();
        var refused = patch(id, token, Map.of("packageTrackingNumber", "1ZLATE", "from", from()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("ARRIVED");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(http.get(API + "/inbounds/shipments/" + id, token).json().path("addresses").path("from").path("city").isNull()).isTrue();

        var receipt = http.post("/ops/api/inbounds/" + id + "/receipts", op, Map.of("barcode", widget, "good", 2));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(http.get(API + "/inbounds/shipments/" + id, token).json().path("status").asString()).isEqualTo("RECEIVING");
        assertThat(patch(id, token, Map.of("packageTrackingNumber", "1ZLATE")).text("detail")).contains("RECEIVING");
    }

    @Test
    void another_merchants_shipment_answers_exactly_as_a_missing_one() {
        var id = announce();
        var other = merchantToken(warehouse.code());
        var foreign = patch(id, other, Map.of("packageTrackingNumber", "1ZMINE"));
        var missing = patch("999999999", other, Map.of("packageTrackingNumber", "1ZMINE"));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.text("detail")).isEqualTo(missing.text("detail").replace("999999999", id));
        assertThat(http.get("/ops/api/inbounds/" + id, op).body()).doesNotContain("1ZMINE");
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_writes_nothing() {
        var id = announce();
        var before = rowCounts();
        var unknownSku = patch(id, token, Map.of("packages", List.of(Map.of("items", List.of(Map.of("logisticsSku", "DNOPE", "quantity", 1))))));
        assertThat(unknownSku.status()).as(unknownSku.body()).isEqualTo(400);
        assertThat(unknownSku.text("detail")).startsWith("packages[0].items[0].logisticsSku:");
        var badCountry = patch(id, token, Map.of("from", Map.of("country", "China")));
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.text("detail")).startsWith("from.country:");
        var badUnit = patch(id, token, Map.of("packages", List.of(Map.of("weightUnit", "stone",
                "items", List.of(Map.of("logisticsSku", widget, "quantity", 1))))));
        assertThat(badUnit.text("detail")).startsWith("packages[0].weightUnit:");
        var zero = patch(id, token, Map.of("packages", List.of(Map.of("items", List.of(Map.of("logisticsSku", widget, "quantity", 0))))));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text("detail")).startsWith("packages[0].items[0].quantity:");
        assertThat(patch("x1", token, Map.of()).text("detail")).startsWith("id:");
        assertThat(rowCounts()).isEqualTo(before);
    }
}
