package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliverrRulesTest extends DeliverrFixture {

    private String sku;
    private String barcode;

    @BeforeEach
    void aProduct() {
        anIntegration();
        sku = unique("SKU");
        barcode = unique("BC");
        assertThat(http.post("/deliverr/product", basic, productJson(sku, barcode)).status()).isEqualTo(201);
    }

    private void assertError(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.text("error")).as(answer.body()).isEqualTo(code);
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void every_error_code_of_the_partner() {
        assertError(http.post("/deliverr/product", basic, productJson(sku, unique("BC"))), 409, "DUPLICATE_SKU");
        assertError(http.post("/deliverr/product", basic, productJson(unique("SKU"), barcode)), 409, "DUPLICATE_BARCODE");
        assertError(http.post("/deliverr/product", basic, productJson(unique("SKU"), "X").replace("[\"X\"]", "[]")), 409, "MISSING_BARCODE");
        assertError(put("/deliverr/product", basic, productJson(unique("NOSUCH"), unique("BC"))), 404, "NOT_FOUND");
        assertError(http.post("/deliverr/asn", basic, asnJson(1, "NO-SUCH-WAREHOUSE", sku, 1)), 400, "UNKNOWN_WAREHOUSE");
        assertError(http.post("/deliverr/shipment", basic, shipmentJson(1, "NO-SUCH-WAREHOUSE", sku, 1)), 400, "UNKNOWN_WAREHOUSE");
        long asn = 700000 + Math.abs(sku.hashCode() % 1000);
        assertThat(http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 1)).status()).isEqualTo(200);
        assertThat(http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 1)).status()).isEqualTo(409);
        long shipment = 800000 + Math.abs(sku.hashCode() % 1000);
        assertThat(http.post("/deliverr/shipment", basic, shipmentJson(shipment, warehouse.code(), sku, 1)).status()).isEqualTo(200);
        assertThat(http.post("/deliverr/shipment", basic, shipmentJson(shipment, warehouse.code(), sku, 1)).status()).isEqualTo(409);
        assertError(http.get("/deliverr/product/NOSUCH", basic), 404, "NOT_FOUND");
        assertError(http.get("/deliverr/asn/123456789", basic), 404, "NOT_FOUND");
        assertError(http.get("/deliverr/shipment/123456789", basic), 404, "NOT_FOUND");
        assertError(http.delete("/deliverr/shipment/123456789", basic), 404, "NOT_FOUND");
        assertError(http.get("/deliverr/inventory?sku=NOSUCH&warehouse=" + warehouse.code(), basic), 404, "NOT_FOUND");
        assertError(http.get("/deliverr/inventory?sku=" + sku + "&warehouse=NOWHERE", basic), 404, "NOT_FOUND");
        var known = http.get("/deliverr/inventory?sku=" + sku + "&warehouse=" + warehouse.code(), basic);
        assertThat(known.json().path("inventoryOnHand").asInt()).as("known SKU, no stock").isZero();
    }

    @Test
    void missing_or_wrong_credentials_are_401_with_www_authenticate() {
        for (var auth : new String[] {null, "Basic bm9ib2R5Om5vdGhpbmc=", "Basic !!!", "Bearer x"}) {
            var answer = http.get("/deliverr/product/" + sku, auth);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(answer.text("error")).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void another_integration_sees_nothing_of_this_one() {
        var other = integration()[0];
        long asn = 710000 + Math.abs(sku.hashCode() % 1000);
        long shipment = 810000 + Math.abs(sku.hashCode() % 1000);
        http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 1));
        http.post("/deliverr/shipment", basic, shipmentJson(shipment, warehouse.code(), sku, 1));
        var before = rowCounts();
        assertError(http.get("/deliverr/product/" + sku, other), 404, "NOT_FOUND");
        assertError(put("/deliverr/product", other, productJson(sku, unique("BC"))), 404, "NOT_FOUND");
        assertError(http.get("/deliverr/asn/" + asn, other), 404, "NOT_FOUND");
        assertError(http.get("/deliverr/shipment/" + shipment, other), 404, "NOT_FOUND");
        assertError(http.delete("/deliverr/shipment/" + shipment, other), 404, "NOT_FOUND");
        assertError(http.get("/deliverr/inventory?sku=" + sku + "&warehouse=" + warehouse.code(), other), 404, "NOT_FOUND");
        assertError(http.post("/deliverr/asn", other, asnJson(asn + 5, warehouse.code(), sku, 1)), 404, "NOT_FOUND");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(http.get("/deliverr/shipment/" + shipment, basic).text("status")).isEqualTo("PROCESSING");
        // The same SKU is free for another integration: keys belong to their integration.
        assertThat(http.post("/deliverr/product", other, productJson(sku, unique("BC"))).status()).isEqualTo(201);
    }

    @Test
    void bad_input_is_a_4xx_with_an_error_and_never_a_500() {
        var before = rowCounts();
        assertError(http.post("/deliverr/product", basic, "{\"sku\": "), 400, "BAD_REQUEST");
        assertError(http.post("/deliverr/asn", basic, asnJson(1, warehouse.code(), sku, 1).replace("\"deliverrAsnId\":1",
                "\"deliverrAsnId\":\"1\"")), 400, "BAD_REQUEST");
        assertError(http.post("/deliverr/asn", basic, asnJson(2, warehouse.code(), sku, 0)), 400, "BAD_REQUEST");
        assertError(http.post("/deliverr/shipment", basic, shipmentJson(3, warehouse.code(), sku, 0)), 400, "BAD_REQUEST");
        assertError(http.post("/deliverr/shipment", basic, shipmentJson(4, warehouse.code(), sku, 1).replace("\"deliverrShipmentId\":4",
                "\"deliverrShipmentId\":\"four\"")), 400, "BAD_REQUEST");
        var noAddress = shipmentJson(5, warehouse.code(), sku, 1).replaceAll("\"shippingAddress\":\\{[^}]*\\},", "");
        assertError(http.post("/deliverr/shipment", basic, noAddress), 400, "BAD_REQUEST");
        var noStreet = shipmentJson(6, warehouse.code(), sku, 1).replace("\"street1\":\"110 Sutter St\",", "");
        var answer = http.post("/deliverr/shipment", basic, noStreet);
        assertError(answer, 400, "BAD_REQUEST");
        assertThat(answer.text("message")).startsWith("shippingAddress.street1:");
        var noName = shipmentJson(7, warehouse.code(), sku, 1).replace("\"name\":\"Jane\",", "");
        var unnamed = http.post("/deliverr/shipment", basic, noName);
        assertError(unnamed, 400, "BAD_REQUEST");
        assertThat(unnamed.text("message")).startsWith("shippingAddress.name:");
        assertError(http.get("/deliverr/shipment/abc", basic), 400, "BAD_REQUEST");
        assertError(http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code() + "&fromTime=yesterday&toTime=today", basic),
                400, "BAD_REQUEST");
        assertError(http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code()
                + "&fromTime=2020-01-10T09:00:00Z&toTime=2020-01-10T08:00:00Z", basic), 400, "BAD_REQUEST");
        assertThat(rowCounts()).isEqualTo(before);
        var noUnits = http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code()
                + "&fromTime=2020-01-10T09:00:00-08:00&toTime=2020-01-10T10:00:00-08:00", basic);
        assertThat(noUnits.status()).isEqualTo(200);
        assertThat(noUnits.json().size()).isZero();
    }
}
