package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.WharfIntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Logistics group's generated OpenAPI document is typed enough for a client generator. */
class LogisticsOpenApiTest extends WharfIntegrationTest {

    private JsonNode docs;

    @BeforeEach
    void generatedDocument() {
        var answer = http.get("/v3/api-docs/logistics", null);
        assertThat(answer.status()).isEqualTo(200);
        docs = answer.json();
    }

    @Test
    void every_success_response_has_a_schema() {
        var untyped = new TreeSet<String>();
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> operation.getValue()
                .path("responses").properties().forEach(response -> {
                    if (response.getKey().startsWith("2")) {
                        var content = response.getValue().path("content");
                        if (content.isMissingNode() || content.isEmpty()
                                || content.properties().stream().anyMatch(c -> c.getValue().path("schema").isMissingNode())) {
                            untyped.add(operation.getValue().path("operationId").asString() + " " + response.getKey());
                        }
                    }
                })));
        assertThat(untyped).isEmpty();
    }

    @Test
    void every_property_a_client_fills_in_is_described_and_the_main_operations_have_an_example() {
        var undescribed = new TreeSet<String>();
        var requests = 0;
        for (var path : docs.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                var schema = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    requests++;
                    undescribedProperties(schema, operation.getValue().path("operationId").asString(), undescribed, new HashSet<>());
                }
            }
        }
        assertThat(requests).isGreaterThanOrEqualTo(4);
        assertThat(undescribed).isEmpty();
        for (var operation : List.of("/orders", "/products", "/inbounds/shipments")) {
            var examples = docs.path("paths").path(LogisticsFixture.API + operation).path("post").path("requestBody")
                    .path("content").path("application/json").path("examples");
            assertThat(examples.isEmpty()).as(operation + " has an example").isFalse();
        }
    }

    @Test
    void statuses_are_enums_and_required_fields_are_marked() {
        var schemas = docs.path("components").path("schemas");
        assertThat(texts(schemas.path("OrderState").path("properties").path("internalStatus").path("enum")))
                .containsExactlyInAnyOrder("CANCELLED", "ERROR", "CREATED", "DELIVERED", "SHIPPED");
        assertThat(texts(schemas.path("InboundShipmentResponse").path("properties").path("status").path("enum"))).contains("READY_TO_SHIP");
        assertThat(texts(schemas.path("CreateOrderInput").path("required")))
                .containsExactlyInAnyOrder("address", "externalOrderId", "lineItems");
        assertThat(texts(schemas.path("ApiProductResponse").path("required")))
                .containsExactlyInAnyOrder("name", "logisticsSku", "merchantSku", "barcodes", "dimsLocked");
    }

    private void undescribedProperties(JsonNode schema, String where, Set<String> found, Set<String> seen) {
        if (schema.has("$ref")) {
            var name = schema.path("$ref").asString();
            if (!seen.add(name)) {
                return;
            }
            schema = docs.at(name.substring(1));
        }
        if (schema.has("items")) {
            undescribedProperties(schema.path("items"), where + "[]", found, seen);
        }
        for (var property : schema.path("properties").properties()) {
            var value = property.getValue();
            var resolved = value.has("$ref") ? docs.at(value.path("$ref").asString().substring(1)) : value;
            if (!value.has("description") && !resolved.has("description")) {
                found.add(where + "." + property.getKey());
            }
            undescribedProperties(value, where + "." + property.getKey(), found, seen);
        }
    }

    private static List<String> texts(JsonNode array) {
        var list = new java.util.ArrayList<String>();
        array.forEach(v -> list.add(v.asString()));
        return list;
    }
}
