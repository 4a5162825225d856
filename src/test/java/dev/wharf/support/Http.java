package dev.wharf.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client against the running service: tests see exactly what a client sees. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One answer: its status, raw body and parsed JSON (a missing node when the body is not JSON). */
    public record Answer(int status, String body, JsonNode json, HttpResponse<String> raw) {

        public String text(String field) {
            var node = json.path(field);
            return node.isNull() || node.isMissingNode() ? null : node.asString();
        }

        public long id(String field) {
            return json.path(field).asLong();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String path, String authorization) {
        return send(builder(path, authorization).GET());
    }

    /** A binary answer (a PDF): its status, content type and bytes. */
    public record Bytes(int status, String contentType, byte[] body) {
    }

    public Bytes getBytes(String path, String authorization) {
        try {
            var response = CLIENT.send(builder(path, authorization).GET().timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer post(String path, String authorization, Object body) {
        var text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(builder(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    public Answer delete(String path, String authorization) {
        return send(builder(path, authorization).DELETE());
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                json = JSON.missingNode();
            }
            return new Answer(response.statusCode(), response.body(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public static JsonMapper json() {
        return JSON;
    }
}
