package dev.wharf.api.deliverr;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deliverr's Label API: one label per package at pack time, and voiding a label.
 *
 * <p>Remote trouble never throws: every failure comes back as a {@link Result} whose {@code failure} is one line an
 * operator can act on, because the caller is a pack station that must show the reason and carry on.
 */
@Component
class DeliverrLabelClient {

    /** Basic auth when {@code token} is blank, bearer otherwise. */
    record Credentials(String baseUrl, String username, String password, String token) {
        // Records print every component; these would otherwise end up in logs with the secret in them.
        @Override
        public String toString() {
            return "Credentials[baseUrl=" + baseUrl + ", username=" + username + ", password=***, token=***]";
        }
    }

    record PackageLabelRequest(long deliverrShipmentId, BigDecimal lengthIn, BigDecimal widthIn,
                               BigDecimal heightIn, BigDecimal weightLb, Map<String, Integer> items) {}

    /** ok → label fields set, failure null; not ok → failure set. */
    record Result(boolean ok, String labelId, String trackingCode, String carrier, String shippingMethod,
                  String zpl, String contentsAsReceived, String failure) {

        static Result failed(String failure) {
            return new Result(false, null, null, null, null, null, null, failure);
        }
    }

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final int EXCERPT_LENGTH = 200;
    // A 4×6 ZPL label is a few kilobytes; anything far larger is not a label and must not fill the heap.
    private static final int MAX_ZPL_BYTES = 5 * 1024 * 1024;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    DeliverrLabelClient() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    DeliverrLabelClient(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // Plain HTTP/1.1: the JDK's default h2c upgrade attempt buys nothing for one small call per package.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Result requestLabel(Credentials credentials, PackageLabelRequest request) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(request, "request");
        String invalid = invalidPackage(request);
        if (invalid != null) {
            return Result.failed(invalid);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("length", request.lengthIn());
        body.put("width", request.widthIn());
        body.put("height", request.heightIn());
        body.put("weight", request.weightLb());
        body.put("items", new LinkedHashMap<>(request.items()));

        Prepared prepared = prepare(credentials, "/v1/shipment/" + request.deliverrShipmentId() + "/label");
        if (prepared.failure() != null) {
            return Result.failed(prepared.failure());
        }
        HttpRequest httpRequest = prepared.builder()
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), UTF_8))
                .build();
        Answer answer = send(httpRequest);
        if (answer.failure() != null) {
            return Result.failed(answer.failure());
        }
        return readLabel(answer.body());
    }

    Result voidLabel(Credentials credentials, long deliverrShipmentId, String labelId) {
        Objects.requireNonNull(credentials, "credentials");
        if (labelId == null || labelId.isBlank()) {
            return Result.failed("no label id to void");
        }
        // The id is the partner's text: encoded, it stays one path segment whatever it holds.
        String segment = URLEncoder.encode(labelId, UTF_8).replace("+", "%20");
        Prepared prepared = prepare(credentials, "/v1/shipment/" + deliverrShipmentId + "/label/" + segment);
        if (prepared.failure() != null) {
            return Result.failed(prepared.failure());
        }
        Answer answer = send(prepared.builder().DELETE().build());
        if (answer.failure() != null) {
            return Result.failed(answer.failure());
        }
        return new Result(true, labelId, null, null, null, null, null, null);
    }

    private static String invalidPackage(PackageLabelRequest request) {
        String dimensions = missingOrNotPositive("length", request.lengthIn())
                + missingOrNotPositive("width", request.widthIn())
                + missingOrNotPositive("height", request.heightIn())
                + missingOrNotPositive("weight", request.weightLb());
        if (!dimensions.isEmpty()) {
            return "package " + dimensions.substring(2) + " must be given and above zero";
        }
        if (request.items() == null || request.items().isEmpty()) {
            return "package has no items";
        }
        for (Map.Entry<String, Integer> item : request.items().entrySet()) {
            if (item.getKey() == null || item.getKey().isBlank() || item.getValue() == null || item.getValue() <= 0) {
                return "package item " + item.getKey() + " needs a sku and a unit count above zero";
            }
        }
        return null;
    }

    private static String missingOrNotPositive(String name, BigDecimal value) {
        return value == null || value.signum() <= 0 ? ", " + name : "";
    }

    private record Prepared(HttpRequest.Builder builder, String failure) {}

    private Prepared prepare(Credentials credentials, String path) {
        String authorization = authorization(credentials);
        if (authorization == null) {
            return new Prepared(null, "no label API credentials: set a token, or a username and password");
        }
        String base = credentials.baseUrl() == null ? "" : credentials.baseUrl().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.isEmpty()) {
            return new Prepared(null, "no label API base URL configured");
        }
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(readTimeout)
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json");
            return new Prepared(builder, null);
        } catch (IllegalArgumentException e) {
            return new Prepared(null, "label API base URL is not a valid http(s) URL: " + base);
        }
    }

    private static String authorization(Credentials credentials) {
        if (credentials.token() != null && !credentials.token().isBlank()) {
            return "Bearer " + credentials.token().strip();
        }
        if (credentials.username() != null && !credentials.username().isBlank() && credentials.password() != null) {
            String pair = credentials.username() + ":" + credentials.password();
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8));
        }
        return null;
    }

    /** A 2xx body, or the reason there is none. */
    private record Answer(String body, String failure) {}

    private Answer send(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        // The request timeout stops at the response headers; this deadline also bounds a body that trickles in.
        Duration deadline = connectTimeout.plus(readTimeout);
        HttpResponse<String> response;
        try {
            response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new Answer(null, "label API did not finish answering within " + human(deadline));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new Answer(null, "label API call was interrupted");
        } catch (ExecutionException e) {
            return new Answer(null, describe(e.getCause(), request.uri()));
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String excerpt = excerpt(response.body());
            return new Answer(null, "label API answered " + status + (excerpt.isEmpty() ? "" : ": " + excerpt));
        }
        return new Answer(response.body(), null);
    }

    private String describe(Throwable failure, URI uri) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            // HttpConnectTimeoutException is an HttpTimeoutException, so it is asked first.
            if (e instanceof HttpConnectTimeoutException) {
                return "label API did not accept a connection within " + human(connectTimeout);
            }
            if (e instanceof HttpTimeoutException) {
                return "label API timed out after " + human(readTimeout);
            }
            if (e instanceof ConnectException) {
                return "label API could not be reached at " + uri.getHost() + ":" + port(uri) + ": "
                        + deepestMessage(e, "connection refused");
            }
        }
        return "label API call failed: " + deepestMessage(failure, failure.getClass().getSimpleName());
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The JDK client often wraps the telling exception in one without a message. */
    private static String deepestMessage(Throwable failure, String fallback) {
        String message = null;
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e.getMessage() != null && !e.getMessage().isBlank()) {
                message = e.getMessage();
            }
        }
        return message == null ? fallback : oneLine(message);
    }

    private Result readLabel(String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            return Result.failed("label API answer is not JSON");
        }
        if (answer == null || answer.isMissingNode()) {
            return Result.failed("label API answer is empty");
        }
        if (!answer.isObject()) {
            return Result.failed("label API answer is not a JSON object");
        }
        String errors = errors(answer.path("errors"));
        if (errors != null) {
            return Result.failed("label API reported errors: " + errors);
        }
        String id = text(answer, "id");
        String contents = text(answer, "contents");
        String fileType = text(answer, "fileType");
        if (id == null) {
            return Result.failed("label API answer has no label id");
        }
        if (contents == null) {
            return Result.failed("label API answer has no label contents");
        }
        // Wharf prints ZPL; a PDF or PNG decoded as ZPL would print garbage, so a different type is refused here.
        if (fileType != null && !fileType.equalsIgnoreCase("ZPL")) {
            return Result.failed("label API sent a " + fileType + " label; Wharf needs ZPL");
        }
        String zpl;
        try {
            zpl = gunzipBase64(contents);
        } catch (IllegalArgumentException | IOException e) {
            return Result.failed("label contents are not base64-encoded gzip");
        }
        if (zpl == null) {
            return Result.failed("label contents are larger than " + MAX_ZPL_BYTES / (1024 * 1024) + " MB unzipped");
        }
        return new Result(true, id, text(answer, "trackingCode"), text(answer, "carrier"),
                text(answer, "shippingMethod"), zpl, contents, null);
    }

    /** Null when there are none: absent, null and [] all mean success. */
    private static String errors(JsonNode errors) {
        if (errors.isMissingNode() || errors.isNull() || (errors.isContainer() && errors.isEmpty())) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (errors.isArray()) {
            for (JsonNode error : errors.values()) {
                reasons.add(error.isString() ? error.stringValue() : error.toString());
            }
        } else {
            reasons.add(errors.isString() ? errors.stringValue() : errors.toString());
        }
        reasons.removeIf(reason -> reason == null || reason.isBlank());
        if (reasons.isEmpty()) {
            return null;
        }
        String joined = oneLine(String.join("; ", reasons));
        return joined.length() > EXCERPT_LENGTH ? joined.substring(0, EXCERPT_LENGTH) + "…" : joined;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    /** The ZPL text, or null when it unzips to more than {@link #MAX_ZPL_BYTES}. */
    private static String gunzipBase64(String contents) throws IOException {
        // Base64 may arrive wrapped over lines; the line breaks are not part of the data.
        byte[] gzip = Base64.getDecoder().decode(contents.replaceAll("\\s+", ""));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] zpl = in.readNBytes(MAX_ZPL_BYTES + 1);
            return zpl.length > MAX_ZPL_BYTES ? null : new String(zpl, UTF_8);
        }
    }

    private static String excerpt(String body) {
        String line = body == null ? "" : oneLine(body);
        return line.length() > EXCERPT_LENGTH ? line.substring(0, EXCERPT_LENGTH) + "…" : line;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
