package dev.wharf.api.logistics;

import static dev.wharf.api.logistics.PublishedContract.LOGISTICS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A whole day through the Logistics API, every answer read as a client generated from the published contract would. */
class LogisticsContractTest extends LogisticsFixture {

    @BeforeEach
    void merchant() {
        aMerchant();
    }

    private static JsonNode ok(Http.Answer answer, int status, String model) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        LOGISTICS.assertConforms(model, answer.json());
        return answer.json();
    }

    private static void problem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        LOGISTICS.assertConforms("Problem", answer.json());
    }

    @Test
    void every_answer_of_a_whole_flow_conforms_to_the_published_models() {
        var customs = Map.of("originCountry", "CN", "tariffCode", "6912.00", "customsValue", 4.5, "description", "Ceramic mug");
        var mug = ok(http.post(API + "/products", token, Map.of("name", "Mug", "merchantSku", unique("MUG"),
                "barcodes", List.of(unique("BC")), "customsInformation", customs,
                "dimensions", Map.of("length", 10, "width", 8, "height", 4, "lengthUnit", "in", "weight", 1, "weightUnit", "lb"))),
                201, "ApiProductResponse").path("logisticsSku").asString();
        var plate = ok(http.post(API + "/products", token, Map.of("name", "Plate", "merchantSku", unique("PLATE"))), 201,
                "ApiProductResponse").path("logisticsSku").asString();

        var inbound = ok(http.post(API + "/inbounds/shipments", token, Map.of("carrierName", "UPS", "trackingNumber", unique("1Z"),
                "items", List.of(Map.of("logisticsSku", mug, "quantity", 10), Map.of("logisticsSku", plate, "quantity", 10)))),
                201, "InboundShipmentResponse").path("id").asString();
        for (var sku : List.of(mug, plate)) {
            var receipt = http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", sku, "good", 10,
                    "weightKg", 0.4, "lengthCm", 12, "widthCm", 12, "heightCm", 10));
            assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
            ok(http.get(API + "/inbounds/shipments/" + inbound, token), 200, "InboundShipmentResponse");
            var putAway = http.post("/ops/api/putaway", op, Map.of("barcode", sku, "toSection", "L-1", "quantity", 10));
            assertThat(putAway.status()).as(putAway.body()).isEqualTo(200);
        }
        var received = ok(http.get(API + "/inbounds/shipments/" + inbound, token), 200, "InboundShipmentResponse");
        assertThat(received.path("status").asString()).isEqualTo("COMPLETED");
        LOGISTICS.assertEachConforms("InboundShipmentResponse", http.get(API + "/inbounds/shipments?shipmentIds=" + inbound, token).json());
        ok(http.get(API + "/products/" + mug, token), 200, "ApiProductResponse");
        ok(http.get(API + "/products/" + mug + "/inventory", token), 200, "ApiInventoryResponse");

        var bundle = ok(http.post(API + "/bundles", token, Map.of("title", "Breakfast set", "sku", unique("SET"),
                "bundleContents", List.of(Map.of("productId", mug, "quantity", 1), Map.of("productId", plate, "quantity", 2)))),
                201, "Bundle");
        ok(http.get(API + "/bundles/" + bundle.path("bundleId").asString(), token), 200, "Bundle");
        ok(http.get(API + "/bundles/" + bundle.path("bundleId").asString() + "/inventory", token), 200, "BundleInventory");

        var body = order(unique("SHOP"), bundle.path("sku").asString(), 1, mug, 2);
        var lines = (List<Map<String, Object>>) body.get("lineItems");
        var withValue = new LinkedHashMap<>(lines.get(1));
        withValue.put("customsUnitValue", Map.of("amount", 4.5, "currencyCode", "USD"));
        body.put("lineItems", List.of(lines.get(0), withValue));
        var created = ok(create(body), 200, "FulfillmentOrder");
        var id = created.path("id").asString();
        ok(http.get(API + "/orders/" + id, token), 200, "FulfillmentOrder");
        pickAll(id);
        ok(http.get(API + "/orders/" + id, token), 200, "FulfillmentOrder");
        packBoxes(id, mug, 3, plate, 2);
        ok(http.get(API + "/orders/" + id, token), 200, "FulfillmentOrder");
        assertThat(http.post("/ops/api/orders/" + id + "/ship", op, "").status()).isEqualTo(200);
        var shipped = ok(http.get(API + "/orders/" + id, token), 200, "FulfillmentOrder");
        assertThat(shipped.path("state").path("internalStatus").asString()).isEqualTo("SHIPPED");
        ok(http.get(API + "/orders/external_id/" + created.path("externalOrderId").asString(), token), 200, "FulfillmentOrder");

        var stockOut = ok(create(order(unique("SHORT"), plate, 500)), 200, "FulfillmentOrder");
        assertThat(stockOut.path("error").path("type").asString()).isEqualTo("STOCKOUT");
        ok(http.post(API + "/orders/" + stockOut.path("id").asString() + "/cancel", token, ""), 200, "FulfillmentOrder");

        LOGISTICS.assertEachConforms("ApiProductResponse", http.get(API + "/products?limit=100", token).json());
        assertThat(http.get(API + "/products?limit=100", token).json().size()).isEqualTo(2);
        problem(http.get(API + "/orders/999999999", token), 404);
        problem(http.get(API + "/products?limit=101", token), 400);
        problem(http.get(API + "/products", "Bearer nope"), 401);
    }

    @Test
    void the_contract_refuses_an_unknown_status_a_missing_required_field_and_a_wrong_type() {
        var sku = product(token);
        var inbound = (ObjectNode) http.post(API + "/inbounds/shipments", token,
                Map.of("items", List.of(Map.of("logisticsSku", sku, "quantity", 1)))).json();
        LOGISTICS.assertConforms("InboundShipmentResponse", inbound);
        assertThat(LOGISTICS.violations("InboundShipmentResponse", inbound.deepCopy().put("status", "NEW"))).isNotEmpty();
        var withoutPrep = inbound.deepCopy();
        withoutPrep.remove("prep");
        assertThat(LOGISTICS.violations("InboundShipmentResponse", withoutPrep)).isNotEmpty();
        var product = (ObjectNode) http.get(API + "/products/" + sku, token).json();
        assertThat(LOGISTICS.violations("ApiProductResponse", product.deepCopy().put("dimsLocked", "no"))).isNotEmpty();
    }

    @Test
    void the_generated_openapi_document_agrees_with_the_contract_on_required_fields_and_enums() {
        var generated = http.get("/v3/api-docs/logistics", null);
        assertThat(generated.status()).isEqualTo(200);
        var contract = LOGISTICS.document();
        var differences = new java.util.TreeSet<String>();
        int compared = 0;
        for (var path : contract.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                var generatedOperation = generated.json().path("paths").path(API + path.getKey()).path(operation.getKey());
                var operationId = operation.getValue().path("operationId").asString();
                if (generatedOperation.isMissingNode()) {
                    differences.add(operationId + ": not in the generated document");
                    continue;
                }
                assertThat(generatedOperation.path("operationId").asString()).isEqualTo(operationId);
                for (var response : operation.getValue().path("responses").properties()) {
                    var contractSchema = response.getValue().path("content").path("application/json").path("schema");
                    var generatedSchema = generatedOperation.path("responses").path(response.getKey())
                            .path("content").path("application/json").path("schema");
                    if (generatedSchema.isMissingNode()) {
                        differences.add(operationId + " " + response.getKey() + ": no schema in the generated document");
                        continue;
                    }
                    differences.addAll(PublishedContract.differences(contract, contractSchema, generated.json(), generatedSchema,
                            operationId + " " + response.getKey()));
                    compared++;
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isEqualTo(15);
    }
}
