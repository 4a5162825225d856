package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A repeated business key is refused by the core; the partner reads its own code and field, and nothing is written. */
class DeliverrDuplicatesTest extends DeliverrFixture {

    private String sku;

    @BeforeEach
    void aProduct() {
        anIntegration();
        sku = unique("SKU");
        assertThat(http.post("/deliverr/product", basic, productJson(sku, unique("BC"))).status()).isEqualTo(201);
    }

    private static void assertRefused(Http.Answer answer, String code, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.text("error")).as(answer.body()).isEqualTo(code);
        assertThat(answer.text("message")).as(answer.body()).startsWith(field + ": ").doesNotContain("DUPLICATE_ORDER");
    }

    @Test
    void a_repeated_sku_is_duplicate_sku_and_the_first_product_stays() {
        var again = productJson(sku, unique("BC")).replace("\"name\":\"" + sku + "\"", "\"name\":\"Renamed\"");
        assertRefused(http.post("/deliverr/product", basic, again), "DUPLICATE_SKU", "sku");
        assertThat(http.get("/deliverr/product/" + sku, basic).text("name")).isEqualTo(sku);
    }

    @Test
    void a_repeated_asn_id_is_duplicate_asn_naming_deliverr_asn_id_and_the_first_asn_stays() {
        long asn = 710000 + Math.abs(sku.hashCode() % 1000);
        assertThat(http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 1)).status()).isEqualTo(200);
        var again = asnJson(asn, warehouse.code(), sku, 7).replace("\"notes\":\"\"", "\"notes\":\"second\"");
        assertRefused(http.post("/deliverr/asn", basic, again), "DUPLICATE_ASN", "deliverrAsnId");
        var stored = http.get("/deliverr/asn/" + asn, basic).json();
        assertThat(stored.path("asnItems").get(0).path("quantityExpected").asInt()).isEqualTo(1);
    }

    @Test
    void a_repeated_shipment_id_is_duplicate_shipment_naming_deliverr_shipment_id() {
        long shipment = 810000 + Math.abs(sku.hashCode() % 1000);
        assertThat(http.post("/deliverr/shipment", basic, shipmentJson(shipment, warehouse.code(), sku, 1)).status()).isEqualTo(200);
        assertRefused(http.post("/deliverr/shipment", basic, shipmentJson(shipment, warehouse.code(), sku, 2)),
                "DUPLICATE_SHIPMENT", "deliverrShipmentId");
    }
}
