package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two partner integrations share a warehouse. Every key one of them can name (sku, deliverrAsnId,
 * deliverrShipmentId) answers the other exactly as a key that does not exist, and the other may
 * reuse the same keys freely: nothing reveals that they are taken.
 */
class DeliverrForeignIdsTest extends DeliverrFixture {

    private String other;
    private String sku;
    private String barcode;
    private long asnId;
    private long shipmentId;

    @BeforeEach
    void twoIntegrationsInOneWarehouse() {
        anIntegration();
        other = integration()[0];
        sku = unique("HELLOKITTY");
        barcode = unique("BC");
        asnId = 7_000_000L + Math.abs(sku.hashCode() % 1_000_000);
        shipmentId = asnId + 1;
        assertThat(http.post("/deliverr/product", basic, productJson(sku, barcode)).status()).isEqualTo(201);
        assertThat(http.post("/deliverr/asn", basic, asnJson(asnId, warehouse.code(), sku, 5)).status()).isEqualTo(200);
        assertThat(http.post("/deliverr/shipment", basic, shipmentJson(shipmentId, warehouse.code(), sku, 1)).status()).isEqualTo(200);
    }

    @Test
    void another_integrations_sku_reads_as_missing_for_product_inventory_and_update() {
        var missingSku = unique("NOSUCH");
        assertSameAsMissing(http.get("/deliverr/product/" + sku, other), http.get("/deliverr/product/" + missingSku, other), sku, missingSku);
        assertSameAsMissing(http.get("/deliverr/inventory?sku=" + sku + "&warehouse=" + warehouse.code(), other),
                http.get("/deliverr/inventory?sku=" + missingSku + "&warehouse=" + warehouse.code(), other), sku, missingSku);
        assertSameAsMissing(put("/deliverr/product", other, productJson(sku, unique("BC"))),
                put("/deliverr/product", other, productJson(missingSku, unique("BC"))), sku, missingSku);
    }

    @Test
    void another_integrations_sku_in_an_asn_or_a_shipment_line_reads_as_missing_and_writes_nothing() {
        var missingSku = unique("NOSUCH");
        var before = rowCounts();
        assertSameAsMissing(http.post("/deliverr/asn", other, asnJson(asnId + 10, warehouse.code(), sku, 1)),
                http.post("/deliverr/asn", other, asnJson(asnId + 10, warehouse.code(), missingSku, 1)), sku, missingSku);
        assertSameAsMissing(http.post("/deliverr/shipment", other, shipmentJson(shipmentId + 10, warehouse.code(), sku, 1)),
                http.post("/deliverr/shipment", other, shipmentJson(shipmentId + 10, warehouse.code(), missingSku, 1)), sku, missingSku);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void another_integrations_deliverrAsnId_reads_as_missing() {
        var missing = Long.toString(asnId + 500_000);
        assertSameAsMissing(http.get("/deliverr/asn/" + asnId, other), http.get("/deliverr/asn/" + missing, other),
                Long.toString(asnId), missing);
    }

    @Test
    void another_integrations_deliverrShipmentId_reads_and_cancels_as_missing_and_changes_nothing() {
        var missing = Long.toString(shipmentId + 500_000);
        var id = Long.toString(shipmentId);
        assertSameAsMissing(http.get("/deliverr/shipment/" + id, other), http.get("/deliverr/shipment/" + missing, other), id, missing);
        assertSameAsMissing(http.delete("/deliverr/shipment/" + id, other), http.delete("/deliverr/shipment/" + missing, other), id, missing);
        assertThat(http.get("/deliverr/shipment/" + id, basic).text("status")).isEqualTo("PROCESSING");
    }

    @Test
    void another_integration_may_reuse_the_same_sku_barcode_asn_and_shipment_ids() {
        assertThat(http.post("/deliverr/product", other, productJson(sku, barcode)).status()).isEqualTo(201);
        assertThat(http.post("/deliverr/asn", other, asnJson(asnId, warehouse.code(), sku, 2)).status()).isEqualTo(200);
        var shipment = http.post("/deliverr/shipment", other, shipmentJson(shipmentId, warehouse.code(), sku, 1));
        assertThat(shipment.status()).as(shipment.body()).isEqualTo(200);

        assertThat(http.get("/deliverr/asn/" + asnId, other).json().path("asnItems").get(0).path("quantityExpected").asInt()).isEqualTo(2);
        assertThat(http.get("/deliverr/asn/" + asnId, basic).json().path("asnItems").get(0).path("quantityExpected").asInt()).isEqualTo(5);
    }

    /** Same status and the same body, once the foreign key and the missing one are blanked out. */
    private static void assertSameAsMissing(Http.Answer foreign, Http.Answer missing, String foreignKey, String missingKey) {
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(foreign.text("error")).isEqualTo("NOT_FOUND");
        assertThat(foreign.body().replace(foreignKey, "KEY")).isEqualTo(missing.body().replace(missingKey, "KEY"));
    }
}
