package dev.wharf.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Fires hostile input at every operation the live OpenAPI documents list (so an endpoint is
 * covered the day it appears), with a fresh tenant's valid credentials: wrong JSON types, numbers
 * beyond range, coerced scalars, broken text, duplicate keys, broken JSON, invalid UTF-8 and
 * repeated parameters in the query, the wrong method, content type and Accept, missing and
 * invalid credentials, an oversize body and path tricks. Every answer must be a 4xx in the
 * dialect's own error shape, name nothing of Wharf's code, and leave every table as it was.
 */
class HostileInputTest extends WharfIntegrationTest {

    private static final List<String> INTERNALS = List.of("dev.wharf", "java.", "jakarta.", "org.springframework", "tools.jackson",
            "Exception", "<html", "<!doctype");
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    /** A dialect: its OpenAPI group, its mount, a fresh tenant's credential and a wrong one. */
    private record Dialect(String group, String mount, String credential, String wrongCredential) {
    }

    /** One documented operation, with the request-body schema resolved against the document. */
    private record Operation(String method, String path, JsonNode operation, JsonNode document) {

        String name() {
            return method.toUpperCase() + " " + path;
        }

        List<JsonNode> parameters(String in) {
            var found = new ArrayList<JsonNode>();
            operation.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asString())) {
                    found.add(p);
                }
            });
            return found;
        }

        boolean hasBody() {
            return operation.has("requestBody");
        }

        /** The body's properties and their JSON types; partner bodies are raw text, so their known keys. */
        Map<String, String> properties() {
            var schema = resolve(operation.path("requestBody").path("content").properties().stream().findFirst()
                    .map(e -> e.getValue().path("schema")).orElse(null));
            var found = new LinkedHashMap<String, String>();
            if (schema != null) {
                schema.path("properties").properties().forEach(p -> found.put(p.getKey(), type(resolve(p.getValue()))));
            }
            if (found.isEmpty()) {
                found.putAll(Map.of("sku", "string", "deliverrAsnId", "integer", "deliverrShipmentId", "integer",
                        "quantity", "integer", "costInUSD", "number", "warehouse", "string", "createdDate", "string"));
            }
            return found;
        }

        private JsonNode resolve(JsonNode schema) {
            if (schema == null) {
                return null;
            }
            var ref = schema.path("$ref").asString(null);
            if (ref == null) {
                return schema;
            }
            return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }

        private static String type(JsonNode schema) {
            var type = schema.path("type").asString("");
            return type.isEmpty() ? (schema.has("properties") ? "object" : "string") : type;
        }

        /** The path with every path parameter filled in, and every required query parameter. */
        String target(Map<String, String> extraQuery) {
            var url = path;
            for (var p : parameters("path")) {
                var integer = p.path("schema").path("type").asString("").equals("integer");
                url = url.replace("{" + p.path("name").asString() + "}", integer ? "1" : "X1");
            }
            var query = new ArrayList<String>();
            for (var p : parameters("query")) {
                var name = p.path("name").asString();
                if (p.path("required").asBoolean() && !extraQuery.containsKey(name)) {
                    query.add(name + "=" + sample(p.path("schema")));
                }
            }
            extraQuery.forEach((name, value) -> query.add(name + "=" + value));
            return query.isEmpty() ? url : url + "?" + String.join("&", query);
        }

        private static String sample(JsonNode schema) {
            return switch (schema.path("type").asString("")) {
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                default -> "date-time".equals(schema.path("format").asString("")) ? "2026-01-01T00:00:00Z" : "x";
            };
        }
    }

    @TestFactory
    Stream<DynamicNode> every_documented_operation_refuses_hostile_input_in_its_dialects_shape_and_writes_nothing() {
        return dialects().stream().map(dialect -> {
            var operations = operations(dialect);
            assertThat(operations).as(dialect.group()).isNotEmpty();
            var nodes = new ArrayList<DynamicNode>();
            for (var operation : operations) {
                nodes.add(dynamicContainer(operation.name(), cases(dialect, operation)));
            }
            nodes.add(dynamicContainer("wrong methods", wrongMethods(dialect, operations)));
            nodes.add(dynamicContainer("whole dialect", dialectCases(dialect, operations)));
            return dynamicContainer(dialect.group(), nodes);
        });
    }

    // ------------------------------------------------------------------ the dialects and their operations

    private List<Dialect> dialects() {
        var warehouse = newWarehouse("USD");
        var shipApi = newShipApiKey();
        var logistics = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("merchant"), "dialect", "logistics",
                "warehouseCode", warehouse.code()));
        var deliverr = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("deliverr"), "dialect", "deliverr"));
        var basic = "Basic " + Base64.getEncoder().encodeToString((deliverr.text("username") + ":" + deliverr.text("password"))
                .getBytes(StandardCharsets.UTF_8));
        var wrongBasic = "Basic " + Base64.getEncoder().encodeToString("nobody:nothing".getBytes(StandardCharsets.UTF_8));
        return List.of(
                new Dialect("shipapi", "/shipapi", shipApi, "not-a-key"),
                new Dialect("logistics", "/logistics/api/2024-04", "Bearer " + logistics.text("token"), "Bearer not-a-token"),
                new Dialect("deliverr", "/deliverr", basic, wrongBasic),
                new Dialect("ops", "/ops/api", operatorOf(warehouse.code(), "supervisor"), "Bearer not-a-token"),
                new Dialect("admin", "/admin/api", ADMIN, "Bearer not-the-admin-token"));
    }

    private List<Operation> operations(Dialect dialect) {
        var document = http.get("/v3/api-docs/" + dialect.group(), null);
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        var operations = new ArrayList<Operation>();
        document.json().path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue(), document.json()));
            }
        }));
        return operations;
    }

    // ------------------------------------------------------------------ the cases

    private Stream<DynamicNode> cases(Dialect dialect, Operation operation) {
        var cases = new ArrayList<DynamicNode>();
        var login = operation.path().endsWith("/login");
        if (!login) {
            cases.add(refused(dialect, "without credentials", () -> send(operation.method(), operation.target(Map.of()), null,
                    operation.hasBody() ? "{}" : null, "application/json", null)));
        }
        cases.add(refused(dialect, "invalid UTF-8 in the query", () -> send(operation.method(),
                operation.target(Map.of(queryName(operation), "%C3%28")), dialect.credential(), body(operation, "{}"),
                "application/json", null)));
        if (!operation.parameters("query").isEmpty()) {
            var name = queryName(operation);
            cases.add(refused(dialect, "a query parameter given twice", () -> send(operation.method(),
                    operation.target(Map.of()) + (operation.target(Map.of()).contains("?") ? "&" : "?") + name + "=1&" + name + "=2",
                    dialect.credential(), body(operation, "{}"), "application/json", null)));
            cases.add(refused(dialect, "NUL in a query parameter", () -> send(operation.method(),
                    operation.target(Map.of(name, "a%00b")), dialect.credential(), body(operation, "{}"), "application/json", null)));
        }
        cases.add(refused(dialect, "an Accept it cannot answer", () -> send(operation.method(), operation.target(Map.of()),
                dialect.credential(), body(operation, "{\"x\":"), "application/json", "text/html")));
        if (operation.hasBody()) {
            var properties = operation.properties();
            cases.add(named(dialect, "wrong JSON types", properties, () -> post(dialect, operation, hostile(properties, type -> switch (type) {
                case "string" -> "{\"nested\": true}";
                case "integer", "number" -> "\"many\"";
                case "boolean" -> "\"perhaps\"";
                case "array" -> "\"not a list\"";
                default -> "42";
            }))));
            cases.add(named(dialect, "numbers beyond range", properties, () -> post(dialect, operation, hostile(properties, type -> switch (type) {
                case "integer" -> "9223372036854775808";
                case "number" -> "1e309";
                case "string" -> "1e309";
                default -> "-1e309";
            }))));
            cases.add(named(dialect, "coerced scalars", properties, () -> post(dialect, operation, hostile(properties, type -> switch (type) {
                case "integer" -> "1.5";
                case "number" -> "\"2\"";
                case "boolean" -> "1";
                case "string" -> "5";
                default -> "\"2\"";
            }))));
            cases.add(named(dialect, "NUL, unpaired surrogates and U+FFFD in text", properties, () -> post(dialect, operation,
                    hostile(properties, type -> switch (type) {
                        case "string" -> "\"a\\u0000b\\ud800\\ufffd\"";
                        case "array" -> "[\"a\\u0000b\"]";
                        default -> "\"\\u0000\"";
                    }))));
            cases.add(refused(dialect, "nulls, empty objects and null elements everywhere", () -> post(dialect, operation,
                    hostile(properties, type -> switch (type) {
                        case "array" -> "[null]";
                        case "object" -> "{}";
                        default -> "null";
                    }))));
            cases.add(refused(dialect, "text longer than any column", () -> post(dialect, operation, hostile(properties, type -> switch (type) {
                case "string" -> "\"" + "x".repeat(20_000) + "\"";
                case "array" -> "[\"" + "x".repeat(20_000) + "\"]";
                default -> "null";
            }))));
            cases.add(refused(dialect, "a key given twice", () -> {
                var first = properties.keySet().iterator().next();
                return post(dialect, operation, "{\"" + first + "\": null, \"" + first + "\": null}");
            }));
            cases.add(refused(dialect, "a body that is not JSON", () -> post(dialect, operation, "{\"" + "a\": [1, 2")));
            cases.add(refused(dialect, "a content type it does not read", () -> send(operation.method(), operation.target(Map.of()),
                    dialect.credential(), "{}", "text/plain", null)));
        }
        return cases.stream();
    }

    private Stream<DynamicNode> wrongMethods(Dialect dialect, List<Operation> operations) {
        var byPath = new LinkedHashMap<String, List<String>>();
        operations.forEach(o -> byPath.computeIfAbsent(o.path(), p -> new ArrayList<>()).add(o.method()));
        return byPath.entrySet().stream().map(entry -> {
            var method = METHODS.stream().filter(m -> !entry.getValue().contains(m)).findFirst().orElseThrow();
            var operation = operations.stream().filter(o -> o.path().equals(entry.getKey())).findFirst().orElseThrow();
            return refused(dialect, method.toUpperCase() + " " + entry.getKey(), () -> send(method, operation.target(Map.of()),
                    dialect.credential(), "patch".equals(method) || "put".equals(method) || "post".equals(method) ? "{}" : null,
                    "application/json", null));
        });
    }

    private Stream<DynamicNode> dialectCases(Dialect dialect, List<Operation> operations) {
        var mount = dialect.mount();
        var withBody = operations.stream().filter(Operation::hasBody).findFirst().orElseThrow();
        var cases = new ArrayList<DynamicNode>();
        cases.add(refused(dialect, "invalid credentials", () -> send(withBody.method(), withBody.target(Map.of()),
                dialect.wrongCredential(), "{}", "application/json", null)));
        cases.add(refused(dialect, "an undecodable byte in the query", () -> send(withBody.method(),
                withBody.target(Map.of("x", "%FF")), dialect.credential(), "{}", "application/json", null)));
        cases.add(refused(dialect, "a charset nobody knows", () -> send(withBody.method(), withBody.target(Map.of()),
                dialect.credential(), "{}", "application/json;charset=klingon", null)));
        cases.add(refused(dialect, "a Content-Type that is not a media type", () -> send(withBody.method(), withBody.target(Map.of()),
                dialect.credential(), "{}", "garbage", null)));
        cases.add(refused(dialect, "an Accept that is not a media type", () -> send(withBody.method(), withBody.target(Map.of()),
                dialect.credential(), "{\"x\":", "application/json", "garbage/")));
        cases.add(refused(dialect, "an unknown path with credentials", () -> raw("GET", mount + "/no-such-thing", dialect.credential(), null)));
        cases.add(refused(dialect, "an unknown path without credentials", () -> raw("GET", mount + "/no-such-thing", null, null)));
        cases.add(refused(dialect, "a body over 10 MB", () -> raw(withBody.method().toUpperCase(), withBody.target(Map.of()),
                dialect.credential(), (10 * 1024 * 1024 + 1) + "")));
        for (var trick : List.of("/a;jsessionid=1", "/a%2Fb", "/a%00b", "//a", "/a%25b", "/a%zz", "/a/%2e%2e/b", "/a%5Cb",
                "/a/../b", "/%C3%28", "/a%0Ab", "/a{b}", "/a\\b", "/a|b?c[]=<d>")) {
            cases.add(refused(dialect, "the path trick " + trick, () -> raw("GET", mount + trick, dialect.credential(), null)));
        }
        return cases.stream();
    }

    // ------------------------------------------------------------------ requests

    /** What came back: status, content type and body. */
    private record Reply(int status, String contentType, String body) {
    }

    private interface Call {
        Reply send() throws IOException;
    }

    private static String queryName(Operation operation) {
        return operation.parameters("query").stream().map(p -> p.path("name").asString()).findFirst().orElse("x");
    }

    private static String body(Operation operation, String body) {
        return operation.hasBody() ? body : null;
    }

    /** A body that gives every documented property a hostile value for its type. */
    private static String hostile(Map<String, String> properties, Function<String, String> valueFor) {
        var fields = new ArrayList<String>();
        properties.forEach((name, type) -> fields.add(Http.json().writeValueAsString(name) + ": " + valueFor.apply(type)));
        return "{" + String.join(", ", fields) + "}";
    }

    private Reply post(Dialect dialect, Operation operation, String body) {
        return send(operation.method(), operation.target(Map.of()), dialect.credential(), body, "application/json", null);
    }

    private Reply send(String method, String target, String authorization, String body, String contentType, String accept) {
        var builder = http.builder(target, authorization);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (body != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var answer = http.send(builder);
        return new Reply(answer.status(), answer.header("Content-Type"), answer.body());
    }

    /**
     * A request written byte for byte on a socket, for what an HTTP client library refuses to send
     * (a broken percent-escape) or to announce (a body larger than it sends). HTTP/1.0, so the
     * answer is not chunked and the connection closes after it.
     */
    private Reply raw(String method, String target, String authorization, String announcedLength) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var head = new StringBuilder(method + " " + target + " HTTP/1.0\r\nHost: localhost\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (announcedLength != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(announcedLength).append("\r\n");
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            if (announcedLength != null) {
                // Send the body while reading: the server answers at once and stops reading early.
                var out = socket.getOutputStream();
                var writer = new Thread(() -> {
                    try {
                        var chunk = new byte[64 * 1024];
                        java.util.Arrays.fill(chunk, (byte) 'a');
                        for (long left = Long.parseLong(announcedLength); left > 0; left -= chunk.length) {
                            out.write(chunk, 0, (int) Math.min(chunk.length, left));
                        }
                    } catch (IOException closedByServer) {
                        // expected once the server has answered
                    }
                });
                writer.setDaemon(true);
                writer.start();
            }
            var bytes = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(bytes);
            } catch (java.net.SocketException resetAfterAnswer) {
                // The server may reset the connection once it has answered an unread body.
            }
            var text = bytes.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("an HTTP answer to %s %s: %s", method, target, text).isPositive();
            var headers = text.substring(0, split);
            var status = Integer.parseInt(headers.substring(9, 12));
            var contentType = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip()).findFirst().orElse(null);
            return new Reply(status, contentType, text.substring(split + 4));
        }
    }

    // ------------------------------------------------------------------ checks

    private DynamicNode refused(Dialect dialect, String name, Call call) {
        return dynamicTest(name, () -> check(dialect, call, null));
    }

    private DynamicNode named(Dialect dialect, String name, Map<String, String> properties, Call call) {
        return dynamicTest(name, () -> check(dialect, call, properties));
    }

    /** The answer is a 4xx in the dialect's shape, leaks nothing, names a field if asked to, and nothing was written. */
    private void check(Dialect dialect, Call call, Map<String, String> properties) throws IOException {
        var before = rowCounts();
        var reply = call.send();
        var context = reply.status() + " " + reply.contentType() + " " + reply.body();
        assertThat(reply.status()).as(context).isBetween(400, 499);
        for (var internal : INTERNALS) {
            assertThat(reply.body().toLowerCase()).as(context).doesNotContain(internal.toLowerCase());
        }
        var json = Http.json().readTree(reply.body().isBlank() ? "null" : reply.body());
        var message = switch (dialect.group()) {
            case "shipapi" -> {
                assertThat(json.path("IsSuccess").isBoolean() && !json.path("IsSuccess").asBoolean()).as(context).isTrue();
                assertThat(json.has("Id") && json.path("Id").isNull()).as(context).isTrue();
                assertThat(reply.contentType()).as(context).startsWith("application/json");
                yield json.path("Error").asString("");
            }
            case "deliverr" -> {
                assertThat(json.path("error").asString("")).as(context).matches("[A-Z_]+");
                assertThat(reply.contentType()).as(context).startsWith("application/json");
                yield json.path("message").asString(json.path("error").asString(""));
            }
            default -> {
                assertThat(reply.contentType()).as(context).startsWith("application/problem+json");
                assertThat(json.path("status").asInt()).as(context).isEqualTo(reply.status());
                assertThat(json.path("title").asString("")).as(context).isNotBlank();
                yield json.path("detail").asString("");
            }
        };
        assertThat(message).as(context).isNotBlank();
        if (properties != null && reply.status() == 400) {
            assertThat(properties.keySet().stream().anyMatch(message::contains) || message.startsWith("body"))
                    .as("names the field: " + context).isTrue();
        }
        assertThat(rowCounts()).as("nothing written: " + context).isEqualTo(before);
    }
}
