package dev.wharf.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published contract transcribed as OpenAPI 3.1 components ({@code src/test/resources/contracts}),
 * used two ways: every answer of a scripted flow is validated against its schema (JSON Schema
 * 2020-12), and the generated OpenAPI document is compared with it for required fields and enums.
 */
public final class ContractSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final String name;
    private final JsonNode components;
    private final List<String> checked = new ArrayList<>();

    private ContractSchemas(String name, JsonNode document) {
        this.name = name;
        this.components = document.path("components");
    }

    public static ContractSchemas load(String resource) {
        try (InputStream in = ContractSchemas.class.getResourceAsStream("/contracts/" + resource)) {
            assertThat(in).as("contract " + resource).isNotNull();
            Object yaml = new Yaml().load(in);
            return new ContractSchemas(resource, JSON.valueToTree(yaml));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails, listing every violation, unless the answer's body matches the named schema. */
    public JsonNode assertValid(String schema, Http.Answer answer) {
        assertThat(answer.json().isMissingNode()).as(schema + " answer is JSON: " + answer.body()).isFalse();
        assertValid(schema, answer.json());
        return answer.json();
    }

    public void assertValid(String schema, JsonNode instance) {
        assertThat(components.path("schemas").has(schema)).as(name + " defines " + schema).isTrue();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schema);
        root.set("components", components);
        List<Error> errors = REGISTRY.getSchema(root).validate(instance);
        assertThat(errors).as(name + " " + schema + " for " + instance).isEmpty();
        checked.add(schema);
    }

    /** The schemas validated so far, so a flow can prove it exercised every answer model. */
    public TreeSet<String> checked() {
        return new TreeSet<>(checked);
    }

    public JsonNode schema(String schema) {
        var node = components.path("schemas").path(schema);
        assertThat(node.isMissingNode()).as(name + " defines " + schema).isFalse();
        return node;
    }

    public static TreeSet<String> propertyNames(JsonNode schema) {
        var names = new TreeSet<String>();
        schema.path("properties").properties().forEach(p -> names.add(p.getKey()));
        return names;
    }

    public static TreeSet<String> required(JsonNode schema) {
        var names = new TreeSet<String>();
        schema.path("required").forEach(n -> names.add(n.asString()));
        return names;
    }

    /** Property → its enum values (null left out), following a local $ref, for every property that has one. */
    public Map<String, TreeSet<String>> enums(JsonNode schema) {
        var enums = new LinkedHashMap<String, TreeSet<String>>();
        schema.path("properties").properties().forEach(p -> {
            var property = resolve(p.getValue());
            if (property.has("enum")) {
                var values = new TreeSet<String>();
                property.path("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v.asString());
                    }
                });
                enums.put(p.getKey(), values);
            }
        });
        return enums;
    }

    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            return schema(node.path("$ref").asString().substring("#/components/schemas/".length()));
        }
        return node;
    }

    /**
     * The generated schema has the contract's property names, required properties and enums,
     * so the document a client is generated from says what the published contract says.
     */
    public void assertDocuments(String model, JsonNode generatedSchemas, String generatedName) {
        var published = schema(model);
        var ours = generatedSchemas.path(generatedName);
        assertThat(ours.isMissingNode()).as("generated schema " + generatedName).isFalse();
        assertThat(propertyNames(ours)).as(generatedName + " properties").isEqualTo(propertyNames(published));
        assertThat(required(ours)).as(generatedName + " required").isEqualTo(required(published));
        assertThat(generatedEnums(ours)).as(generatedName + " enums").isEqualTo(enums(published));
        examples(ours).forEach(example -> assertValid(model, example));
    }

    /** The examples a generated schema shows (as "example" or OpenAPI 3.1 "examples"), parsed when written as text. */
    public static List<JsonNode> examples(JsonNode schema) {
        var found = new ArrayList<JsonNode>();
        var single = schema.path("example");
        if (!single.isMissingNode()) {
            found.add(single);
        }
        schema.path("examples").forEach(found::add);
        return found.stream().map(e -> e.isString() ? JSON.readTree(e.asString()) : e).toList();
    }

    /** Property → its enum values, as springdoc writes them in a generated schema. */
    public static Map<String, TreeSet<String>> generatedEnums(JsonNode schema) {
        var enums = new LinkedHashMap<String, TreeSet<String>>();
        schema.path("properties").properties().forEach(p -> {
            if (p.getValue().has("enum")) {
                var values = new TreeSet<String>();
                p.getValue().path("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v.asString());
                    }
                });
                enums.put(p.getKey(), values);
            }
        });
        return enums;
    }

    /**
     * A client can be generated from the document: every success answer with a body names its
     * schema, and every property of every request body says what to put in it.
     */
    public static void assertTypedForClients(JsonNode docs) {
        var schemas = docs.path("components").path("schemas");
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            var operation = method.getKey().toUpperCase() + " " + path.getKey();
            method.getValue().path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                    assertThat(response.getValue().path("content").path("application/json").path("schema").isMissingNode())
                            .as(operation + " " + response.getKey() + " has a schema").isFalse();
                }
            });
            var body = method.getValue().path("requestBody").path("content").path("application/json").path("schema").path("$ref");
            if (!body.isMissingNode()) {
                assertDescribed(schemas, body.asString(), operation, new TreeSet<>());
            }
        }));
    }

    private static void assertDescribed(JsonNode schemas, String ref, String operation, TreeSet<String> seen) {
        var name = ref.substring("#/components/schemas/".length());
        if (!seen.add(name)) {
            return;
        }
        schemas.path(name).path("properties").properties().forEach(p -> {
            var property = p.getValue();
            assertThat(property.has("description")).as(operation + ": " + name + "." + p.getKey() + " has a description").isTrue();
            var nested = property.has("$ref") ? property.path("$ref") : property.path("items").path("$ref");
            if (!nested.isMissingNode()) {
                assertDescribed(schemas, nested.asString(), operation, seen);
            }
        });
    }
}
