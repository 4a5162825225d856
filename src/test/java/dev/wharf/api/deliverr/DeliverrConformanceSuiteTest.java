package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner's public conformance suite (warehouse-deliverr-tests, parts 1–4), replayed in its
 * order with its bodies and its expectations, including the warehouse steps it asks for between
 * parts. Left out: the three GetAsnStatus checks that contradict the suite's own CreateAsn (they
 * expect expectedDate null after sending a date, and for one ASN no shipToWarehouse or notes).
 */
class DeliverrConformanceSuiteTest extends DeliverrFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Test
    void the_partners_conformance_suite_passes_in_order() {
        anIntegration();
        addRate(warehouse.id(), "FEDEX", "HOME.DELIVERY", "0", "30", "9.10");
        var run = Long.toString(100 + Math.abs(unique("").hashCode() % 800));
        var dsku = "HELLOKITTY" + run + unique("");
        var now = OffsetDateTime.now();
        var currentDate = MOMENT.format(now);
        var futureDate = MOMENT.format(now.plusWeeks(2));

        // Part 1
        assertThat(http.get("/deliverr/product/" + dsku, basic).status()).isEqualTo(404);
        var product = "{\"sku\":\"" + dsku + "\",\"name\":\"" + dsku + "\",\"description\":\"" + dsku + " likes HELLOKITTY\","
                + "\"costInUSD\":13,\"weight\":5.2,\"length\":3,\"width\":2,\"height\":1,\"caseQty\":0,\"weightUnit\":\"lb\","
                + "\"lengthUnit\":\"in\",\"hsTariffCode\":\"123-456\",\"countryOfOrigin\":\"US\",\"barcodes\":[\"" + dsku + "\"]}";
        assertEcho(201, product, http.post("/deliverr/product", basic, product));
        var duplicate = http.post("/deliverr/product", basic, product.replace("likes HELLOKITTY", "likes bananas"));
        assertThat(duplicate.status()).isGreaterThanOrEqualTo(400);
        assertThat(duplicate.text("error")).isNotNull();
        var banana = product.replace("\"sku\":\"" + dsku + "\"", "\"sku\":\"" + dsku + "banana\"").replace("\"costInUSD\":13,",
                "\"costInUSD\":13,\"msku\":\"" + dsku + "\",");
        var duplicateBarcode = http.post("/deliverr/product", basic, banana);
        assertThat(duplicateBarcode.status()).isGreaterThanOrEqualTo(400);
        assertThat(duplicateBarcode.text("error")).isEqualTo("DUPLICATE_BARCODE");
        var missingBarcode = http.post("/deliverr/product", basic, banana.replace("[\"" + dsku + "\"]", "[]"));
        assertThat(missingBarcode.status()).isGreaterThanOrEqualTo(409);
        assertThat(missingBarcode.text("error")).isEqualTo("MISSING_BARCODE");
        var update = product.replace("\"costInUSD\":13,", "\"costInUSD\":13,\"msku\":\"" + dsku + "\",")
                .replace("[\"" + dsku + "\"]", "[\"" + dsku + "\",\"" + run + "-HELLOKITTY\"]");
        assertEcho(201, update, put("/deliverr/product", basic, update));
        var details = http.get("/deliverr/product/" + dsku, basic);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.json()).isEqualTo(JSON.readTree(update.replace("\"msku\":\"" + dsku + "\",", "")));

        long asn1 = Long.parseLong("1" + run);
        long asn5 = Long.parseLong("5" + run);
        long asn10 = Long.parseLong("10" + run);
        assertThat(http.get("/deliverr/asn/" + asn5, basic).status()).isEqualTo(404);
        for (var asn : List.of(asnBody(asn1, currentDate, futureDate, null, dsku, 1), asnBody(asn5, currentDate, futureDate, "12345", dsku, 5),
                asnBody(asn10, currentDate, futureDate, null, dsku, 10))) {
            assertEcho(200, asn, http.post("/deliverr/asn", basic, asn));
        }

        // The warehouse between parts 1 and 2: ASN 5 fully received and stocked, ASN 10 half.
        receive(inboundOf(asn5), dsku, 5, 0, null);
        receive(inboundOf(asn10), dsku, 5, 0, null);
        assertThat(http.post("/ops/api/putaway", op, Map.of("barcode", dsku, "toSection", "A-1", "quantity", 10)).status()).isEqualTo(200);

        // Part 2 (its GetAsnStatus checks are left out, see above; the same fields are checked here as stored)
        var unreceived = http.get("/deliverr/asn/" + asn1, basic).json().path("asnItems").get(0);
        assertThat(unreceived.path("quantityReceived").asInt()).isZero();
        var half = http.get("/deliverr/asn/" + asn10, basic).json().path("asnItems").get(0);
        assertThat(half.path("quantityReceived").asInt()).isEqualTo(5);
        assertThat(half.path("quantityStocked").asInt()).isEqualTo(5);
        assertThat(http.get("/deliverr/inventory?sku=" + dsku + "&warehouse=" + warehouse.code(), basic).json())
                .isEqualTo(JSON.readTree("{\"sku\":\"" + dsku + "\",\"warehouse\":\"" + warehouse.code() + "\",\"inventoryOnHand\":10}"));
        var later = OffsetDateTime.now().plusSeconds(2);
        var movements = http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code() + "&fromTime="
                + MOMENT.format(later.minusHours(3)) + "&toTime=" + MOMENT.format(later), basic);
        assertThat(movements.status()).isEqualTo(200);
        var receives = new java.util.ArrayList<String>();
        movements.json().forEach(m -> {
            if (m.path("movementType").asString().equals("RECEIVE") && m.path("sku").asString().equals(dsku)) {
                receives.add(m.path("id").asString());
            }
        });
        assertThat(receives).hasSize(2);
        var notes = List.of("do not fulfill", "fulfill this order with a tracking id", "fulfill this order with a tracking id",
                "cancel this order", "");
        for (int i = 1; i <= 5; i++) {
            var shipment = shipmentBody(Long.parseLong(i + run), dsku, i == 3 ? "FEDEX.HOME.DELIVERY" : "FEDEX.GROUND", notes.get(i - 1),
                    i == 3 ? ",\"carrierAccount\":\"908245393\"" : "");
            assertEcho(200, shipment, http.post("/deliverr/shipment", basic, shipment));
        }
        var cancel = http.delete("/deliverr/shipment/" + Long.parseLong("5" + run), basic);
        assertThat(cancel.status()).isEqualTo(204);
        assertThat(cancel.body()).isEmpty();

        // The warehouse between parts 2 and 3: ships 2 and 3, cancels 4, and counts the shelf down to 2.
        for (int i = 2; i <= 3; i++) {
            long order = orderFor(Long.parseLong(i + run));
            pickAll(order);
            assertThat(http.post("/ops/api/orders/" + order + "/pack", op, Map.of("packages", List.of(
                    Map.of("weightKg", 1.0, "items", List.of(Map.of("barcode", dsku, "quantity", 1)))))).status()).isEqualTo(200);
            assertThat(http.post("/ops/api/orders/" + order + "/ship", op, "").status()).isEqualTo(200);
        }
        assertThat(http.post("/ops/api/orders/" + orderFor(Long.parseLong("4" + run)) + "/cancel", op, "").status()).isEqualTo(200);
        var adjusted = http.post("/ops/api/adjustments", op, Map.of("barcode", dsku, "section", "A-1", "quantity", -6, "reason", "LOST"));
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);

        // Parts 3 and 4 (the same checks, run twice by the partner)
        for (int part = 3; part <= 4; part++) {
            var processing = http.get("/deliverr/shipment/" + Long.parseLong("1" + run), basic);
            assertThat(processing.status()).isEqualTo(201);
            assertThat(processing.json()).isEqualTo(JSON.readTree("{\"deliverrShipmentId\":" + ("1" + run)
                    + ",\"status\":\"PROCESSING\",\"shippedPackages\":[]}"));
            for (var shipped : List.of(Map.entry("2", "FEDEX.GROUND"), Map.entry("3", "FEDEX.HOME.DELIVERY"))) {
                var answer = http.get("/deliverr/shipment/" + shipped.getKey() + run, basic);
                assertThat(answer.status()).isEqualTo(201);
                assertThat(answer.json().path("deliverrShipmentId").asLong()).isEqualTo(Long.parseLong(shipped.getKey() + run));
                assertThat(answer.text("status")).isEqualTo("SHIPPED");
                var box = answer.json().path("shippedPackages").get(0);
                for (var field : List.of("trackingNumber", "actualWeight", "shipTime", "costInUSD")) {
                    assertThat(box.has(field)).as(field).isTrue();
                }
                assertThat(box.path("shippingMethod").asString()).isEqualTo(shipped.getValue());
                assertThat(box.path("items")).isEqualTo(JSON.readTree("[{\"sku\":\"" + dsku + "\",\"quantity\":1}]"));
            }
            for (var cancelled : List.of("4", "5")) {
                var answer = http.get("/deliverr/shipment/" + cancelled + run, basic);
                assertThat(answer.status()).isEqualTo(201);
                assertThat(answer.text("status")).isEqualTo("CANCELLED");
            }
            assertThat(http.get("/deliverr/inventory?sku=" + dsku + "&warehouse=" + warehouse.code(), basic).json()).as("part " + part)
                    .isEqualTo(JSON.readTree("{\"sku\":\"" + dsku + "\",\"warehouse\":\"" + warehouse.code() + "\",\"inventoryOnHand\":2}"));
        }
    }

    /** The suite compares parsed JSON (jest toEqual): the echo must be the same document. */
    private static void assertEcho(int status, String sent, Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json()).isEqualTo(JSON.readTree(sent));
    }

    private String asnBody(long id, String created, String expected, String tracking, String sku, int quantity) {
        return "{\"deliverrAsnId\":" + id + ",\"createdDate\":\"" + created + "\",\"expectedDate\":\"" + expected + "\","
                + "\"shipToWarehouse\":\"" + warehouse.code() + "\"," + (tracking == null ? "" : "\"trackingNumber\":\"" + tracking + "\",")
                + "\"notes\":\"\",\"asnItems\":[{\"sku\":\"" + sku + "\",\"quantityExpected\":" + quantity + "}]}";
    }

    private String shipmentBody(long id, String sku, String method, String notes, String extra) {
        return "{\"deliverrShipmentId\":" + id + ",\"shippingAddress\":{\"name\":\"Vicki Chow\",\"street1\":\"110 Sutter St\","
                + "\"street2\":\"Floor 9\",\"city\":\"San Francisco\",\"state\":\"CA\",\"zip\":\"94104\",\"country\":\"US\","
                + "\"email\":\"vicki+test@deliverr.com\"},\"shippingMethod\":\"" + method + "\",\"lineItems\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1}],\"boxName\":\"10x10x10 Box\",\"notes\":\"" + notes + "\",\"warehouse\":\"" + warehouse.code() + "\""
                + extra + "}";
    }

    private long inboundOf(long asn) {
        return jdbc.sql("select id from inbound where external_id = :e and merchant_id in (select id from merchant where account_id = :a)")
                .param("e", Long.toString(asn)).param("a", accountId).query(Long.class).single();
    }

    private long orderFor(long shipment) {
        return jdbc.sql("select id from outbound_order where external_id = :e and merchant_id in "
                        + "(select id from merchant where account_id = :a)")
                .param("e", Long.toString(shipment)).param("a", accountId).query(Long.class).single();
    }
}
