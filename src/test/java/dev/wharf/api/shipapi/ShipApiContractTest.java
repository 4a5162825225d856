package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.ContractSchemas;
import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every ShipAPI operation in one scripted day, every answer validated against the published
 * contract ({@code contracts/shipapi.yaml}); and the generated OpenAPI document checked against the
 * same contract, so neither the answers nor the documentation can drift from it unnoticed.
 */
class ShipApiContractTest extends WharfIntegrationTest {

    /** Contract model → the schema springdoc generates for it. */
    private static final Map<String, String> GENERATED = Map.ofEntries(Map.entry("Warehouse", "WarehouseJson"),
            Map.entry("ServicePlanItem", "ServicePlanItemJson"), Map.entry("Envelope", "Envelope"), Map.entry("User", "UserJson"),
            Map.entry("Product", "ProductJson"), Map.entry("FbmCreated", "FbmAnswer"), Map.entry("InventoryRow", "InventoryJson"),
            Map.entry("ShipmentCreated", "Created"), Map.entry("ShipmentCreatedWithoutStock", "CreatedWithoutStock"),
            Map.entry("ShipmentUpdated", "Updated"), Map.entry("ShipmentDetails", "Details"), Map.entry("ShipmentStatus", "StatusAnswer"),
            Map.entry("UserRequest", "UserRequest"), Map.entry("ServicePlanItemsRequest", "ServicePlanItemsRequest"),
            Map.entry("ProductRequest", "ProductRequest"), Map.entry("FbmRequest", "FbmRequest"),
            Map.entry("InventoryRequest", "InventoryRequest"), Map.entry("ShipmentRequest", "ShipmentRequest"),
            Map.entry("LabelUpdate", "LabelUpdate"), Map.entry("ShipmentDetailsRequest", "DetailsRequest"));

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private final ContractSchemas contract = ContractSchemas.load("shipapi.yaml");

    @Test
    void every_answer_of_a_scripted_day_matches_the_published_contract() {
        long warehouseId = createWarehouse();
        long item = createServiceItem(warehouseId, "Sticker Removal", "2.35", "perproduct");
        createServiceItem(warehouseId, "Stretch Wrapping", "4.50", "perpackage");
        addRate(warehouseId, "Royal Mail", "1st Class", "0", "30", "4.45");
        var key = newShipApiKey();

        eachElement("Warehouse", expect(200, http.get("/shipapi/warehouse/list", key)));
        long userId = createUser(key, warehouseId);
        var user = new LinkedHashMap<String, Object>(Map.of("id", userId, "name", "Halil"));
        contract.assertValid("Envelope", expect(200, http.post("/shipapi/user/addUpdate", key, user)));
        eachElement("User", expect(200, http.get("/shipapi/user/list?warehouseId=" + warehouseId, key)));
        contract.assertValid("User", expect(200, http.get("/shipapi/user/get?userId=" + userId, key)));
        eachElement("ServicePlanItem", expect(200, http.post("/shipapi/servicePlanItems/list", key,
                Map.of("warehouseId", warehouseId, "userId", userId))));

        long productId = createProduct(key, userId, warehouseId);
        contract.assertValid("Envelope", expect(200, http.post("/shipapi/product/addUpdate", key, Map.of("id", productId, "title", "Pencils"))));
        eachElement("Product", expect(200, http.get("/shipapi/product/list?userId=" + userId + "&warehouseId=" + warehouseId, key)));
        contract.assertValid("Product", expect(200, http.get("/shipapi/product/get?productId=" + productId, key)));

        var inbound = expect(200, announceInbound(key, userId, warehouseId, productId, 10));
        contract.assertValid("FbmCreated", inbound);
        receiving.receive(new dev.wharf.inbound.InboundId(inbound.id("Id")), new dev.wharf.catalog.ProductId(productId), 9, 1, "KTX-12",
                "test");
        var spare = expect(200, announceInbound(key, userId, warehouseId, productId, 3));
        contract.assertValid("Envelope", expect(200, http.get("/shipapi/fbm/cancel/" + spare.id("Id"), key)));
        var rows = eachElement("InventoryRow", expect(200, http.post("/shipapi/inventory/list", key,
                Map.of("warehouseId", warehouseId, "userId", userId))));
        assertThat(rows.size()).isEqualTo(2);

        var order = shipment(warehouseId, userId, productId, null, item);
        contract.assertValid("ShipmentRequest", JSON.valueToTree(order));
        var created = expect(200, http.post("/shipapi/shipment/add", key, order));
        contract.assertValid("ShipmentCreated", created);
        long shipmentId = created.id("Id");
        contract.assertValid("ShipmentUpdated", expect(200, http.post("/shipapi/shipment/update", key,
                Map.of("id", shipmentId, "labelPdf", "JVBERi0xLjcK"))));
        contract.assertValid("ShipmentStatus", expect(200, http.get("/shipapi/shipment/getStatus/" + shipmentId, key)));
        startPicking(shipmentId);
        contract.assertValid("ShipmentStatus", expect(200, http.get("/shipapi/shipment/getStatus/" + shipmentId, key)));
        contract.assertValid("Error", expect(409, http.get("/shipapi/shipment/cancel/" + shipmentId, key)));
        ship(shipmentId, "4.45");
        var details = contract.assertValid("ShipmentDetails", expect(200, http.post("/shipapi/shipment/get", key,
                Map.of("shipmentId", shipmentId, "labelPdf", true))));
        assertThat(details.path("Status").asString()).isEqualTo("Sended");
        assertThat(details.has("LabelPdf")).isTrue();
        contract.assertValid("ShipmentDetails", expect(200, http.post("/shipapi/shipment/get", key, Map.of("shipmentId", shipmentId))));

        var cancelled = expect(200, http.post("/shipapi/shipment/add", key, shipment(warehouseId, userId, productId, null, item)));
        contract.assertValid("Envelope", expect(200, http.get("/shipapi/shipment/cancel/" + cancelled.id("Id"), key)));
        contract.assertValid("ShipmentStatus", expect(200, http.get("/shipapi/shipment/getStatus/" + cancelled.id("Id"), key)));

        contract.assertValid("ShipmentCreatedWithoutStock", expect(200, http.post("/shipapi/shipment/add", key,
                shipment(warehouseId, userId, productId, "nonstock", item))));
        contract.assertValid("ShipmentCreatedWithoutStock", expect(200, http.post("/shipapi/shipment/add", key,
                shipment(warehouseId, userId, productId, "collection", item))));

        contract.assertValid("Error", expect(404, http.get("/shipapi/shipment/getStatus/99999999", key)));
        contract.assertValid("Error", expect(400, http.post("/shipapi/shipment/add", key, Map.of("warehouseId", warehouseId))));
        contract.assertValid("Error", expect(409, http.post("/shipapi/shipment/add", key,
                withQuantity(shipment(warehouseId, userId, productId, null, item), 1000))));
        contract.assertValid("Error", expect(401, http.get("/shipapi/warehouse/list", "not-a-key")));

        assertThat(contract.checked()).containsExactlyInAnyOrder("ShipmentRequest", "Warehouse", "ServicePlanItem", "Envelope", "User", "Product",
                "FbmCreated", "InventoryRow", "ShipmentCreated", "ShipmentCreatedWithoutStock", "ShipmentUpdated", "ShipmentDetails",
                "ShipmentStatus", "Error");
    }

    @Test
    void the_generated_openapi_document_requires_and_enumerates_what_the_contract_does() {
        var docs = http.get("/v3/api-docs/shipapi", null);
        assertThat(docs.status()).isEqualTo(200);
        var generated = docs.json().path("components").path("schemas");
        GENERATED.forEach((model, name) -> contract.assertDocuments(model, generated, name));
        for (var main : List.of("UserRequest", "ProductRequest", "FbmRequest", "ShipmentRequest", "DetailsRequest")) {
            assertThat(ContractSchemas.examples(generated.path(main))).as(main + " shows an example").isNotEmpty();
        }
        ContractSchemas.assertTypedForClients(docs.json());
    }

    private JsonNode eachElement(String schema, Http.Answer answer) {
        assertThat(answer.json().isArray()).as(answer.body()).isTrue();
        assertThat(answer.json().size()).as(schema + " list is not empty").isPositive();
        answer.json().forEach(element -> contract.assertValid(schema, element));
        return answer.json();
    }

    private static Map<String, Object> shipment(long warehouseId, long userId, long productId, String type, long item) {
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouseId);
        body.put("userId", userId);
        if (type != null) {
            body.put("type", type);
        }
        body.put("userNote", "contract");
        body.put("products", List.of(Map.of("productId", productId, "quantity", 2)));
        body.put("extraServices", List.of(Map.of("productId", productId, "servicePlanItemId", item)));
        body.put("shipTo", shipTo());
        return body;
    }

    private static Map<String, Object> withQuantity(Map<String, Object> body, int quantity) {
        var products = List.of(Map.of("productId", ((Map<?, ?>) ((List<?>) body.get("products")).get(0)).get("productId"),
                "quantity", quantity));
        body.put("products", products);
        return body;
    }

    private static Http.Answer expect(int status, Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer;
    }
}
