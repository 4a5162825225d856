package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.ContractSchemas;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The partner's whole call flow, every answer validated against the published contract
 * ({@code contracts/deliverr-partner.yaml}); and the generated OpenAPI document checked against the
 * same contract, so neither the answers nor the documentation can drift from it unnoticed.
 */
class DeliverrContractTest extends DeliverrFixture {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private final ContractSchemas contract = ContractSchemas.load("deliverr-partner.yaml");

    @Test
    void every_answer_of_the_call_flow_matches_the_published_contract() {
        anIntegration();
        var start = Instant.now().minusSeconds(2);
        var sku = unique("HELLOKITTY");
        var barcode = unique("BC");

        var product = productJson(sku, barcode);
        contract.assertValid("Product", expect(201, http.post("/deliverr/product", basic, product)));
        contract.assertValid("Product", expect(201, put("/deliverr/product", basic, product)));
        contract.assertValid("ProductDetails", expect(200, http.get("/deliverr/product/" + sku, basic)));
        contract.assertValid("Error", expect(409, http.post("/deliverr/product", basic, product)));
        contract.assertValid("Error", expect(409, http.post("/deliverr/product", basic, productJson(unique("X"), barcode))));
        contract.assertValid("Error", expect(409, http.post("/deliverr/product", basic,
                productJson(unique("X"), "B").replace("[\"B\"]", "[]"))));
        contract.assertValid("Error", expect(404, http.get("/deliverr/product/" + unique("NOSUCH"), basic)));

        long asn = 3_000_000L + Math.abs(sku.hashCode() % 1_000_000);
        contract.assertValid("Asn", expect(200, http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 5))));
        contract.assertValid("Error", expect(409, http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 5))));
        contract.assertValid("Error", expect(400, http.post("/deliverr/asn", basic, asnJson(asn + 1, "NOWHERE", sku, 5))));
        contract.assertValid("AsnStatus", expect(200, http.get("/deliverr/asn/" + asn, basic)));
        receive(ops("TRK" + asn), barcode, 4, 1, 2.0);
        assertThat(http.post("/ops/api/putaway", op, Map.of("barcode", barcode, "toSection", "A-1", "quantity", 4)).status())
                .isEqualTo(200);
        contract.assertValid("AsnStatus", expect(200, http.get("/deliverr/asn/" + asn, basic)));
        contract.assertValid("ProductDetails", expect(200, http.get("/deliverr/product/" + sku, basic)));
        contract.assertValid("Inventory", expect(200, http.get("/deliverr/inventory?sku=" + sku + "&warehouse=" + warehouse.code(), basic)));
        contract.assertValid("Error", expect(404, http.get("/deliverr/inventory?sku=" + sku + "&warehouse=NOWHERE", basic)));

        long shipment = asn + 10;
        contract.assertValid("Shipment", expect(200, http.post("/deliverr/shipment", basic,
                shipmentJson(shipment, warehouse.code(), sku, 2))));
        contract.assertValid("Shipment", expect(200, http.post("/deliverr/shipment", basic,
                shipmentJson(shipment + 1, warehouse.code(), sku, 1))));
        contract.assertValid("Error", expect(409, http.post("/deliverr/shipment", basic, shipmentJson(shipment, warehouse.code(), sku, 1))));
        contract.assertValid("ShipmentStatus", expect(201, http.get("/deliverr/shipment/" + shipment, basic)));
        expect(204, http.delete("/deliverr/shipment/" + (shipment + 1), basic));
        assertThat(contract.assertValid("ShipmentStatus", expect(201, http.get("/deliverr/shipment/" + (shipment + 1), basic)))
                .path("status").asString()).isEqualTo("CANCELLED");

        long order = orderOf(shipment);
        pickAll(order);
        contract.assertValid("Error", expect(409, http.delete("/deliverr/shipment/" + shipment, basic)));
        assertThat(http.post("/ops/api/orders/" + order + "/pack", op, Map.of("packages", List.of(
                Map.of("weightKg", 1.0, "items", List.of(Map.of("barcode", barcode, "quantity", 2)))))).status()).isEqualTo(200);
        assertThat(http.post("/ops/api/orders/" + order + "/ship", op, "").status()).isEqualTo(200);
        assertThat(contract.assertValid("ShipmentStatus", expect(201, http.get("/deliverr/shipment/" + shipment, basic)))
                .path("status").asString()).isEqualTo("SHIPPED");

        var movements = http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code() + "&fromTime="
                + WIRE.format(start.atOffset(ZoneOffset.UTC)) + "&toTime=" + WIRE.format(Instant.now().plusSeconds(2).atOffset(ZoneOffset.UTC)),
                basic);
        contract.assertValid("InventoryMovements", expect(200, movements));
        var types = new TreeSet<String>();
        movements.json().forEach(m -> {
            contract.assertValid("InventoryMovement", m);
            types.add(m.path("movementType").asString());
        });
        assertThat(types).containsExactly("RECEIVE", "SHIP");
        contract.assertValid("Error", expect(400, http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code(), basic)));
        contract.assertValid("Error", expect(401, http.get("/deliverr/product/" + sku, "Basic bm86Ym9keQ==")));

        assertThat(contract.checked()).containsExactlyInAnyOrder("Product", "ProductDetails", "Asn", "AsnStatus", "Inventory",
                "InventoryMovements", "InventoryMovement", "Shipment", "ShipmentStatus", "Error");
    }

    @Test
    void the_generated_openapi_document_requires_and_enumerates_what_the_contract_does() {
        var docs = http.get("/v3/api-docs/deliverr", null);
        assertThat(docs.status()).isEqualTo(200);
        var generated = docs.json().path("components").path("schemas");
        for (var model : List.of("Product", "ProductDetails", "Asn", "AsnStatus", "AsnItemStatus", "Inventory", "InventoryMovement",
                "Shipment", "ShipmentStatus", "ShippedPackage")) {
            contract.assertDocuments(model, generated, model);
        }
        for (var main : List.of("Product", "Asn", "Shipment", "ShipmentStatus", "AsnStatus", "Inventory", "InventoryMovement")) {
            assertThat(ContractSchemas.examples(generated.path(main))).as(main + " shows an example").isNotEmpty();
        }
        assertThat(docs.json().path("paths").path("/deliverr/product/{sku}").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/ProductDetails");
        ContractSchemas.assertTypedForClients(docs.json());
    }

    private static dev.wharf.support.Http.Answer expect(int status, dev.wharf.support.Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer;
    }
}
