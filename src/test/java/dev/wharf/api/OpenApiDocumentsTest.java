package dev.wharf.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Each dialect's OpenAPI document is complete enough to generate a working client from: every
 * success has a real schema, every failure has the dialect's error body, and the failures any
 * operation can meet are declared where they apply.
 */
class OpenApiDocumentsTest extends WharfIntegrationTest {

    /** Each group's error schema (components/schemas) and the media type it is written in. */
    private static final Map<String, List<String>> ERROR_BODIES = Map.of(
            "shipapi", List.of("ErrorEnvelope", "application/json"),
            "logistics", List.of("Problem", "application/problem+json"),
            "deliverr", List.of("PartnerError", "application/json"),
            "ops", List.of("Problem", "application/problem+json"),
            "admin", List.of("Problem", "application/problem+json"));

    /**
     * Gaps only the owning dialect's annotations can close (their controllers answer an untyped
     * body), listed exactly so that nothing new slips in. A listed gap that is closed fails too:
     * then delete its line.
     */
    /** Gaps still open, one line each; none today. A closed gap fails the test until its line is deleted. */
    private static final Set<String> KNOWN_GAPS = Set.of();

    @ParameterizedTest
    @ValueSource(strings = {"shipapi", "logistics", "deliverr", "ops", "admin"})
    void each_document_names_a_licence_a_real_server_and_describes_every_tag(String group) {
        var doc = document(group);
        assertThat(doc.path("info").path("license").path("name").asString()).isEqualTo("Apache-2.0");
        assertThat(doc.path("info").path("license").path("url").asString()).startsWith("https://");
        assertThat(doc.path("servers").isEmpty()).as("servers").isFalse();
        doc.path("servers").values().forEach(server -> assertThat(server.path("url").asString())
                .doesNotContain("example.com").doesNotContain("localhost"));
        assertThat(doc.path("tags").isEmpty()).isFalse();
        doc.path("tags").values().forEach(tag -> assertThat(tag.path("description").asString()).as(tag.path("name").asString())
                .isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipapi", "logistics", "deliverr", "ops", "admin"})
    void every_success_has_a_schema_that_is_more_than_a_bare_object(String group) {
        var doc = document(group);
        var gaps = new TreeSet<String>();
        operations(doc, (name, operation) -> {
            var successes = new ArrayList<String>();
            operation.path("responses").properties().forEach(response -> {
                var status = response.getKey();
                if (!status.startsWith("2")) {
                    return;
                }
                successes.add(status);
                var content = resolve(doc, response.getValue()).path("content");
                if (!status.equals("204") && content.isEmpty()) {
                    gaps.add(group + " 2xx without content: " + name + " " + status);
                }
                content.properties().forEach(media -> {
                    if (untyped(doc, media.getKey(), media.getValue().path("schema"))) {
                        gaps.add(group + " untyped 2xx: " + name + " " + status + " " + media.getKey());
                    }
                });
            });
            assertThat(successes).as(name + " declares a success").isNotEmpty();
        });
        assertOnlyKnownGaps(group, gaps);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipapi", "logistics", "deliverr", "ops", "admin"})
    void every_failure_answers_the_dialects_own_error_body(String group) {
        var doc = document(group);
        var schema = ERROR_BODIES.get(group).get(0);
        var mediaType = ERROR_BODIES.get(group).get(1);
        assertThat(doc.path("components").path("schemas").has(schema)).as("components/schemas/" + schema).isTrue();
        operations(doc, (name, operation) -> operation.path("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                var content = resolve(doc, response.getValue()).path("content");
                assertThat(content.path(mediaType).path("schema").path("$ref").asString())
                        .as(name + " " + response.getKey() + " " + content)
                        .isEqualTo("#/components/schemas/" + schema);
                assertThat(response.getValue().path("description").asString()).as(name + " " + response.getKey()).isNotBlank();
            }
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipapi", "logistics", "deliverr", "ops", "admin"})
    void every_operation_declares_the_failures_it_can_meet(String group) {
        var doc = document(group);
        operations(doc, (name, operation) -> {
            var responses = operation.path("responses");
            if (operation.has("requestBody")) {
                assertThat(responses.has("400") && responses.has("413") && responses.has("415"))
                        .as(name + " takes a body: 400, 413 and 415").isTrue();
            }
            if (name.contains("{")) {
                assertThat(responses.has("404")).as(name + " has a path parameter: 404").isTrue();
            }
            var security = operation.has("security") ? operation.path("security") : doc.path("security");
            var isPublic = security.isEmpty();
            assertThat(responses.has("401")).as(name + (isPublic ? " is public" : " needs a credential") + ": 401").isEqualTo(
                    !isPublic || name.equals("POST /ops/api/login"));
            assertThat(resolve(doc, responses.path("429")).path("headers").has("Retry-After")).as(name + " 429 with Retry-After")
                    .isTrue();
            assertThat(operation.path("operationId").asString()).as(name + " operationId").isNotBlank();
            assertThat(operation.path("summary").asString()).as(name + " summary").isNotBlank();
        });
    }

    @Test
    void a_response_an_operation_declares_itself_keeps_its_words_and_gets_the_error_body() {
        var login = document("ops").path("paths").path("/ops/api/login").path("post");
        assertThat(login.path("security").isArray() && login.path("security").isEmpty()).as("login is public").isTrue();
        var wrongPassword = login.path("responses").path("401");
        assertThat(wrongPassword.path("description").asString()).isEqualTo("The username or password is wrong");
        assertThat(wrongPassword.path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(login.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref")
                .asString()).isEqualTo("#/components/schemas/LoginAnswer");
        // An operation that returns a record: springdoc copies the record into a declared 409; the error body replaces it.
        var cancel = document("ops").path("paths").path("/ops/api/orders/{id}/cancel").path("post").path("responses").path("409");
        assertThat(cancel.path("description").asString()).startsWith("Refused by the order's");
        assertThat(cancel.path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(cancel.path("content").has("application/json")).as("no copy of the success body").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops", "admin"})
    void every_property_a_client_sends_to_wharfs_own_apis_is_described(String group) {
        var doc = document(group);
        var undescribed = new TreeSet<String>();
        operations(doc, (name, operation) -> operation.path("requestBody").path("content").values().forEach(media ->
                describe(doc, media.path("schema"), name, undescribed, new TreeSet<>())));
        assertThat(undescribed).isEmpty();
    }

    @Test
    void the_documented_error_bodies_are_the_ones_each_dialect_really_writes() {
        var warehouse = newWarehouse("USD");
        var deliverr = account("deliverr", warehouse.code());
        var credentials = Map.of(
                "shipapi", newShipApiKey(),
                "logistics", "Bearer " + account("logistics", warehouse.code()).text("token"),
                "deliverr", "Basic " + Base64.getEncoder().encodeToString((deliverr.text("username") + ":" + deliverr.text("password"))
                        .getBytes(StandardCharsets.UTF_8)),
                "ops", operatorOf(warehouse.code(), "operator"),
                "admin", ADMIN);
        // Per group: an operation that needs a credential, an unknown id, an operation that takes a body.
        var probes = Map.of(
                "shipapi", List.of("/shipapi/warehouse/list", "/shipapi/shipment/getStatus/987654321", "/shipapi/user/addUpdate"),
                "logistics", List.of("/logistics/api/2024-04/products", "/logistics/api/2024-04/orders/987654321",
                        "/logistics/api/2024-04/orders"),
                "deliverr", List.of("/deliverr/inventory", "/deliverr/asn/987654321", "/deliverr/product"),
                "ops", List.of("/ops/api/me", "/ops/api/orders/987654321", "/ops/api/putaway"),
                "admin", List.of("/admin/api/warehouses", "/admin/api/warehouses/987654321/shipping-rates", "/admin/api/warehouses"));
        probes.forEach((group, paths) -> {
            var doc = document(group);
            assertWritesDocumentedError(doc, group, http.get(paths.get(0), null), 401);
            assertWritesDocumentedError(doc, group, http.get(paths.get(1), credentials.get(group)), 404);
            assertWritesDocumentedError(doc, group, http.post(paths.get(2), credentials.get(group), "{\"broken\": "), 400);
        });
    }

    private void assertWritesDocumentedError(JsonNode doc, String group, Http.Answer answer, int status) {
        var name = ERROR_BODIES.get(group).get(0);
        assertThat(answer.status()).as(group + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(group + " " + status).startsWith(ERROR_BODIES.get(group).get(1));
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(doc.path("components").path("schemas").path(name).toString());
        assertThat(schema.validate(answer.json())).as(group + " " + status + " " + answer.body() + " against " + name).isEmpty();
        assertThat(schema.validate(Http.json().readTree("{}"))).as(name + " requires its fields").isNotEmpty();
    }

    private Http.Answer account(String dialect, String warehouseCode) {
        var answer = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique(dialect), "dialect", dialect,
                "warehouseCode", warehouseCode));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    private void describe(JsonNode doc, JsonNode schema, String where, Set<String> undescribed, Set<String> seen) {
        if (!schema.isObject()) {
            return;
        }
        var ref = text(schema.path("$ref"));
        if (!ref.isEmpty()) {
            if (seen.add(ref)) {
                describe(doc, resolve(doc, schema), where + " " + ref.substring(ref.lastIndexOf('/') + 1), undescribed, seen);
            }
            return;
        }
        describe(doc, schema.path("items"), where, undescribed, seen);
        schema.path("properties").properties().forEach(property -> {
            if (text(property.getValue().path("description")).isBlank()) {
                undescribed.add(where + "." + property.getKey());
            }
            describe(doc, property.getValue(), where + "." + property.getKey(), undescribed, seen);
        });
    }

    /** No schema, or one a generator can only turn into a map or a string where JSON is promised. */
    private static boolean untyped(JsonNode doc, String mediaType, JsonNode schema) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return true;
        }
        var resolved = resolve(doc, schema);
        var type = text(resolved.path("type"));
        if (resolved.has("oneOf") || resolved.has("anyOf") || resolved.has("allOf")) {
            return false;
        }
        if (type.equals("array")) {
            return untyped(doc, mediaType, resolved.path("items"));
        }
        if (type.equals("object") || type.isEmpty()) {
            var additional = resolved.path("additionalProperties");
            return resolved.path("properties").isEmpty() && !(additional.isObject() && !additional.isEmpty());
        }
        return mediaType.contains("json") && type.equals("string");
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        var ref = text(node.path("$ref"));
        if (ref.isEmpty()) {
            return node;
        }
        var target = doc;
        for (var part : ref.substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }

    private static void operations(JsonNode doc, BiConsumer<String, JsonNode> check) {
        assertThat(doc.path("paths").isEmpty()).isFalse();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method.getKey())) {
                check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }

    private void assertOnlyKnownGaps(String group, Set<String> gaps) {
        var known = new TreeSet<String>();
        KNOWN_GAPS.stream().filter(g -> g.startsWith(group + " ")).forEach(known::add);
        assertThat(gaps).as("gaps in the %s document (a closed one: delete its line from KNOWN_GAPS)", group).isEqualTo(known);
    }

    private JsonNode document(String group) {
        var answer = http.get("/v3/api-docs/" + group, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
