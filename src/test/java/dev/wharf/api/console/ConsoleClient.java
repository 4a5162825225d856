package dev.wharf.api.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without the browser, for console tests that check HTTP itself (statuses, cookies,
 * CSRF): keeps the console's session cookie and the last page's CSRF token, follows no redirect.
 */
final class ConsoleClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final String COOKIE = "WHARF_CONSOLE";

    record Page(int status, String body, HttpResponse<String> raw) {
        String location() {
            return raw.headers().firstValue("Location").orElse(null);
        }

        String setCookie() {
            return raw.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE + "=")).findFirst().orElse(null);
        }
    }

    private final String base;
    String session;
    String csrf;
    /** The client's address as a proxy in front of Wharf forwards it, when the test plays several clients. */
    String forwardedFor;

    ConsoleClient(int port) {
        this.base = "http://localhost:" + port;
    }

    Page get(String path) {
        return send(request(path).GET());
    }

    Page post(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form post with the CSRF token of the last page shown. */
    Page submit(String path, Map<String, String> form) {
        var withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrf);
        return post(path, withToken);
    }

    /** Opens the login page and logs in; answers the login's response. */
    Page login(String username, String password) {
        get("/console/login");
        return submit("/console/login", Map.of("username", username, "password", password));
    }

    HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (session != null) {
            builder.header("Cookie", COOKIE + "=" + session);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    Page send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var page = new Page(response.statusCode(), response.body(), response);
            var cookie = page.setCookie();
            if (cookie != null) {
                var value = cookie.substring(COOKIE.length() + 1, cookie.indexOf(';'));
                session = value.isEmpty() ? null : value;
            }
            var token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
