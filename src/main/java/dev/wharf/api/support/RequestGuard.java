package dev.wharf.api.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose path or query cannot be read unambiguously, before authentication and
 * before any controller: broken percent-escapes, bytes that are not UTF-8, control characters.
 * The answer is a 400 in the shape of the dialect that owns the path. (A single-valued parameter
 * given twice is refused by {@link SingleValuedParameters}, which knows the handler.)
 */
class RequestGuard extends OncePerRequestFilter {

    private final ErrorAnswers answers;

    RequestGuard(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var problem = problem(request);
        if (problem != null) {
            answers.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the request line, or null. */
    static String problem(HttpServletRequest request) {
        var path = decode(request.getRequestURI(), false);
        if (path == null) {
            return "path: is not valid UTF-8 percent-encoding";
        }
        if (ValueRules.text(path) != null) {
            return "path: " + ValueRules.text(path);
        }
        var query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (var pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            var value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            if (name == null || value == null) {
                return "query: is not valid UTF-8 percent-encoding"
                        + (name == null ? "" : " (parameter " + printable(name) + ")");
            }
            var textProblem = ValueRules.text(name + value);
            if (textProblem != null) {
                return printable(name) + ": " + textProblem;
            }
        }
        return null;
    }

    /** Strict percent-decoding: a broken escape or a byte sequence that is not UTF-8 gives null. */
    static String decode(String text, boolean plusIsSpace) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                var encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static String printable(String name) {
        var clean = name.replaceAll("[^A-Za-z0-9_.\\-\\[\\]]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }
}
