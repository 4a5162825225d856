package dev.wharf.api.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an error in the shape of the dialect that owns the request's path, outside Spring MVC:
 * for the request guard, the path firewall, the {@code /error} page and Tomcat's own rejections.
 * Answers from controllers go through {@link ApiErrors}, which picks the shape the same way.
 */
@Component
public class ErrorAnswers {

    /** A percent sign not followed by two hex digits, or a character a URI may not carry. */
    private static final Pattern UNSAFE = Pattern.compile("%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]");
    private static final String URI_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=";

    private final List<ErrorShape> shapes;
    private final ErrorShape fallback = new ProblemShape();
    private final JsonMapper json;

    ErrorAnswers(List<ErrorShape> shapes, JsonMapper json) {
        this.shapes = shapes;
        this.json = json;
    }

    /** The dialect that owns the request's path; problem details for paths no dialect owns. */
    ErrorShape shape(HttpServletRequest request) {
        return shapes.stream().filter(s -> s.owns(request)).findFirst().orElse(fallback);
    }

    /** The dialect's answer, as {@link ApiErrors} would give it. */
    public ResponseEntity<Object> answer(HttpServletRequest request, ApiError error) {
        var safe = safe(request);
        return shape(safe).render(safe, error);
    }

    /** The answer for a refusal that has only a status and a message (no field). */
    public ResponseEntity<Object> answer(HttpServletRequest request, HttpStatus status, ErrorCode code, String message) {
        return answer(request, ApiError.of(status, code, message));
    }

    /** Writes an answer that has only a status and a message straight to the response. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ErrorCode code, String message)
            throws IOException {
        write(request, response, ApiError.of(status, code, message));
    }

    /**
     * The one place a dialect's 401 is written: every chain's entry point and access-denied handler
     * use it, and the dialect's shape decides the body (and headers such as WWW-Authenticate).
     */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHORIZED, message);
    }

    /** For a chain's exception handling: no credential, a bad one, or one without the dialect's authority → the dialect's 401. */
    public Customizer<ExceptionHandlingConfigurer<HttpSecurity>> unauthorizedAs(String message) {
        return e -> e.authenticationEntryPoint((request, response, failure) -> unauthorized(request, response, message))
                .accessDeniedHandler((request, response, denied) -> unauthorized(request, response, message));
    }

    /** Writes the dialect's answer straight to the response (nothing must have been written yet). */
    public void write(HttpServletRequest request, HttpServletResponse response, ApiError error) throws IOException {
        var answer = answer(request, error);
        response.resetBuffer();
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
        response.setCharacterEncoding("UTF-8");
        // A known length, not a flush: the client reads the whole answer even when the server then
        // closes the connection instead of swallowing a body it refused.
        var bytes = json.writeValueAsBytes(answer.getBody());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The answer's body as JSON text. */
    String json(ResponseEntity<Object> answer) {
        return json.writeValueAsString(answer.getBody());
    }

    /**
     * The request as it arrived, with a request URI that is safe to quote in an answer: a hostile
     * path (a stray "%", a control character) is shown percent-encoded, never parsed or echoed raw.
     */
    static HttpServletRequest safe(HttpServletRequest request) {
        var uri = request.getRequestURI();
        if (uri == null || !UNSAFE.matcher(uri).find()) {
            return request;
        }
        var encoded = new StringBuilder();
        for (var b : uri.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '%' || c < 0x80 && URI_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        var text = encoded.toString().replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return text;
            }
        };
    }
}
