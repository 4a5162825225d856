package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The vendor's published Logistics contract ({@code contracts/logistics-2024-04.yaml}): validates
 * answer bodies against its models, and compares its models with a generated OpenAPI document.
 */
final class PublishedContract {

    static final PublishedContract LOGISTICS = new PublishedContract("/contracts/logistics-2024-04.yaml");

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private PublishedContract(String resource) {
        try (InputStream in = PublishedContract.class.getResourceAsStream(resource)) {
            document = YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Every violation of the named model by this body, as readable lines (empty when it conforms). */
    Set<String> violations(String model, JsonNode body) {
        var schema = schemas.computeIfAbsent(model, this::schemaOf);
        var found = new TreeSet<String>();
        schema.validate(body).forEach(e -> found.add(e.getInstanceLocation() + " " + e.getMessage()));
        return found;
    }

    void assertConforms(String model, JsonNode body) {
        assertThat(violations(model, body)).as("%s against %s", body, model).isEmpty();
    }

    void assertEachConforms(String model, JsonNode array) {
        assertThat(array.isArray()).as("%s is an array", array).isTrue();
        array.forEach(item -> assertConforms(model, item));
    }

    /** A JSON Schema 2020-12 document whose root is a $ref to the model, carrying the contract's components. */
    private Schema schemaOf(String model) {
        assertThat(document.path("components").path("schemas").has(model)).as("contract has model " + model).isTrue();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + model);
        root.set("components", document.path("components"));
        return registry.getSchema(root);
    }

    // ---------------------------------------------------------------- comparing with a generated document

    /**
     * Differences between the contract's schema and the generated one: required fields and enum values,
     * walking nested objects, arrays and references on both sides in step.
     */
    static Set<String> differences(JsonNode contractDoc, JsonNode contract, JsonNode generatedDoc, JsonNode generated, String path) {
        var found = new TreeSet<String>();
        compare(contractDoc, contract, generatedDoc, generated, path, found, new HashSet<>());
        return found;
    }

    private static void compare(JsonNode cDoc, JsonNode c, JsonNode gDoc, JsonNode g, String path, Set<String> found, Set<String> seen) {
        c = resolve(cDoc, c);
        g = resolve(gDoc, g);
        if (c == null || g == null || !seen.add(path)) {
            return;
        }
        if (c.has("enum") || g.has("enum")) {
            var expected = texts(c.path("enum"));
            var actual = texts(g.path("enum"));
            if (!expected.equals(actual)) {
                found.add(path + ": enum " + actual + " but the contract says " + expected);
            }
        }
        if (c.has("items")) {
            compare(cDoc, c.path("items"), gDoc, g.path("items"), path + "[]", found, seen);
        }
        if (c.has("properties")) {
            var expected = texts(c.path("required"));
            var actual = texts(g.path("required"));
            if (!expected.equals(actual)) {
                found.add(path + ": required " + actual + " but the contract says " + expected);
            }
            for (var property : c.path("properties").properties()) {
                var name = property.getKey();
                if (!g.path("properties").has(name)) {
                    found.add(path + "." + name + ": missing from the generated schema");
                    continue;
                }
                compare(cDoc, property.getValue(), gDoc, g.path("properties").path(name), path + "." + name, found, seen);
            }
        }
    }

    /** Follows $ref, and a nullable {anyOf: [X, null]} to X; null for a bare null type. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        for (int hops = 0; hops < 20 && node != null && !node.isMissingNode(); hops++) {
            if (node.has("$ref")) {
                node = doc.at(node.path("$ref").asString().substring(1));
            } else if (node.has("anyOf") || node.has("oneOf")) {
                JsonNode next = null;
                for (var option : node.has("anyOf") ? node.path("anyOf") : node.path("oneOf")) {
                    if (!"null".equals(option.path("type").asString(""))) {
                        next = option;
                    }
                }
                node = next;
            } else {
                return node;
            }
        }
        return node == null || node.isMissingNode() ? null : node;
    }

    private static Set<String> texts(JsonNode array) {
        var set = new TreeSet<String>();
        array.forEach(v -> {
            if (!v.isNull()) { // a nullable enum lists null; the generated one says so elsewhere
                set.add(v.asString());
            }
        });
        return set;
    }
}
