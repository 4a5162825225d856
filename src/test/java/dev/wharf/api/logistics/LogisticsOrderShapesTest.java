package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogisticsOrderShapesTest extends LogisticsFixture {

    private String widget;
    private String gadget;

    @BeforeEach
    void stockedMerchant() {
        aMerchant();
        widget = product(token);
        gadget = product(token);
        inbound(widget, 10);
        inbound(gadget, 10);
    }

    private static Map<String, Object> requiredOnlyAddress() {
        var address = new LinkedHashMap<String, Object>();
        address.put("address1", "1 Rue de Rivoli");
        address.put("city", "Paris");
        address.put("countryCode", "FR");
        return address;
    }

    @Test
    void an_address_with_only_the_required_fields_is_accepted_and_read_back_with_required_strings_present() {
        var body = order("MIN-ADDR", widget, 1);
        body.put("address", requiredOnlyAddress());
        var created = create(body);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        var address = created.json().path("address");
        assertThat(address.path("name").isNull()).isTrue();
        for (var required : List.of("phone", "provinceCode", "zip")) {
            assertThat(address.path(required).isString()).as(required).isTrue();
        }
        assertThat(address.path("address1").asString()).isEqualTo("1 Rue de Rivoli");
    }

    @Test
    void a_customs_unit_value_is_echoed_back_with_its_currency_code() {
        var body = order("CUSTOMS-1", widget, 1, gadget, 1);
        var lines = (List<Map<String, Object>>) body.get("lineItems");
        var first = new LinkedHashMap<>(lines.get(0));
        first.put("customsUnitValue", Map.of("amount", 12.5, "currencyCode", "EUR"));
        var second = new LinkedHashMap<>(lines.get(1));
        second.put("customsUnitValue", Map.of("amount", 3, "currency", "USD"));
        body.put("lineItems", List.of(first, second));
        var created = create(body);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        var read = http.get(API + "/orders/" + created.text("id"), token).json().path("lineItems");
        assertThat(read.get(0).path("customsUnitValue").path("amount").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(read.get(0).path("customsUnitValue").path("currencyCode").asString()).isEqualTo("EUR");
        assertThat(read.get(1).path("customsUnitValue").path("currencyCode").asString()).isEqualTo("USD");
        assertThat(read.get(0).path("customsUnitValue").has("currency")).isFalse();
    }

    @Test
    void a_us_address_needs_a_two_letter_state_code_naming_address_province_code() {
        var before = rowCounts();
        for (var province : new String[] {"California", "XX", null}) {
            var body = order("US-" + province, widget, 1);
            ((Map<String, Object>) body.get("address")).put("provinceCode", province);
            var refused = create(body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.text("detail")).startsWith("address.provinceCode:");
        }
        assertThat(rowCounts()).isEqualTo(before);
        var abroad = order("CA-ON", widget, 1);
        var address = (Map<String, Object>) abroad.get("address");
        address.put("countryCode", "CA");
        address.put("provinceCode", "Ontario");
        assertThat(create(abroad).status()).isEqualTo(200);
    }

    @Test
    void each_package_tells_its_units_and_label_and_the_label_print_time_is_when_the_label_was_made() {
        var id = create(order("BOXES-1", widget, 2, gadget, 1)).text("id");
        pickAll(id);
        var beforeLabels = Instant.now();
        packBoxes(id, widget, 2, gadget, 1);
        var order = http.get(API + "/orders/" + id, token).json();
        var shipment = order.path("shipments").get(0);
        var packages = shipment.path("packages");
        assertThat(packages.size()).isEqualTo(2);
        assertThat(packages.get(0).path("lineItems").get(0).path("logisticsSku").asString()).isEqualTo(widget);
        assertThat(packages.get(0).path("lineItems").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(packages.get(1).path("lineItems").get(0).path("logisticsSku").asString()).isEqualTo(gadget);
        var label = packages.get(0).path("label");
        assertThat(label.path("carrier").asString()).isEqualTo("Wharf Post");
        assertThat(label.path("shippingMethod").asString()).isEqualTo("Wharf Post.Standard");
        assertThat(label.path("trackingCode").asString()).isEqualTo(packages.get(0).path("trackingCode").asString());
        assertThat(label.path("labelFormat").asString()).isIn("PDF", "ZPL");
        var printed = Instant.parse(shipment.path("labelPrintTime").asString());
        assertThat(printed).isAfterOrEqualTo(beforeLabels.minusSeconds(1));
        assertThat(printed).isEqualTo(Instant.parse(label.path("createdAt").asString()));

        var url = label.path("labelUrl").asString();
        var path = url.substring(url.indexOf(API));
        var download = http.getBytes(path, token);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body().length).isPositive();
        var other = merchantToken(warehouse.code());
        assertThat(http.getBytes(path, other).status()).isEqualTo(404);
    }

    @Test
    void before_packing_a_shipment_has_no_label_print_time() {
        var id = create(order("PICKING-1", widget, 1)).text("id");
        pickAll(id);
        var shipment = http.get(API + "/orders/" + id, token).json().path("shipments").get(0);
        assertThat(shipment.path("labelPrintTime").isNull()).isTrue();
        assertThat(shipment.path("packages").size()).isZero();
    }
}
