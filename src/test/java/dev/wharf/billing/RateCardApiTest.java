package dev.wharf.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateCardApiTest extends WharfIntegrationTest {

    private static final LocalDate TODAY_IN_LONDON = LocalDate.now(ZoneId.of("Europe/London"));

    private Http.Answer put(String path, Object body) {
        return http.send(http.builder(path, ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
    }

    private static Map<String, Object> card(LocalDate from) {
        var body = new LinkedHashMap<String, Object>();
        body.put("effectiveFrom", from.toString());
        body.put("receivingPerUnit", 0.15);
        body.put("storagePerUnitDay", 0.0125);
        body.put("packagingPerBox", Map.of("S", 0.40));
        body.put("shippingMarkupPercent", 10);
        return body;
    }

    @Test
    void a_warehouse_card_and_a_merchants_override_are_stored_as_versions_from_their_day_on() {
        var warehouse = createWarehouse();
        var set = put("/admin/api/warehouses/" + warehouse + "/rate-card", card(TODAY_IN_LONDON));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("receivingPerUnit").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(set.json().path("packagingPerBox").path("S").decimalValue()).isEqualByComparingTo("0.40");
        assertThat(put("/admin/api/warehouses/" + warehouse + "/rate-card", card(TODAY_IN_LONDON.plusDays(10))).status()).isEqualTo(200);

        var key = newShipApiKey();
        long merchant = createUser(key, warehouse);
        var override = put("/admin/api/warehouses/" + warehouse + "/merchants/" + merchant + "/rate-card",
                Map.of("effectiveFrom", TODAY_IN_LONDON.toString(), "pickPerOrder", 0.99));
        assertThat(override.status()).as(override.body()).isEqualTo(200);
        assertThat(override.json().path("merchantId").asLong()).isEqualTo(merchant);

        var versions = http.get("/admin/api/warehouses/" + warehouse + "/rate-card", ADMIN);
        assertThat(versions.json().size()).isEqualTo(2);
        assertThat(versions.json().path(1).path("effectiveFrom").asString()).isEqualTo(TODAY_IN_LONDON.plusDays(10).toString());
        assertThat(http.get("/admin/api/warehouses/" + warehouse + "/merchants/" + merchant + "/rate-card", ADMIN).json().size()).isEqualTo(1);
    }

    @Test
    void a_bad_price_or_a_past_start_is_refused_naming_the_field_and_writes_nothing() {
        var warehouse = createWarehouse();
        var negative = card(TODAY_IN_LONDON);
        negative.put("receivingPerUnit", -1);
        var before = rowCounts();
        var refused = put("/admin/api/warehouses/" + warehouse + "/rate-card", negative);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).startsWith("receivingPerUnit:");

        var past = put("/admin/api/warehouses/" + warehouse + "/rate-card", card(TODAY_IN_LONDON.minusDays(1)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text("detail")).startsWith("effectiveFrom:");

        var box = card(TODAY_IN_LONDON);
        var nullBox = new LinkedHashMap<String, Object>();
        nullBox.put("M", null);
        box.put("packagingPerBox", nullBox);
        var nullPrice = put("/admin/api/warehouses/" + warehouse + "/rate-card", box);
        assertThat(nullPrice.status()).isEqualTo(400);
        assertThat(nullPrice.text("detail")).startsWith("packagingPerBox.M:");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void an_unknown_warehouse_or_merchant_is_not_found() {
        assertThat(put("/admin/api/warehouses/987654321/rate-card", card(TODAY_IN_LONDON)).status()).isEqualTo(404);
        var warehouse = createWarehouse();
        assertThat(put("/admin/api/warehouses/" + warehouse + "/merchants/987654321/rate-card", card(TODAY_IN_LONDON)).status())
                .isEqualTo(404);
    }
}
