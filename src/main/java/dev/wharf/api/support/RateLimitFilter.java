package dev.wharf.api.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before every security chain: a client that earned too many 401s, or a credential past its
 * rate, gets the dialect's 429 with Retry-After. A 401 is counted here, after the request, so
 * every place that writes one (the chains' entry points, the ops login) counts without knowing.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Probes and documentation are never limited. */
    private static final List<String> UNLIMITED = List.of("/actuator/health", "/swagger-ui", "/v3/api-docs");

    private final RateLimits limits;
    private final ErrorAnswers answers;

    RateLimitFilter(RateLimits limits, ErrorAnswers answers) {
        this.limits = limits;
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return UNLIMITED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var client = request.getRemoteAddr();
        var blocked = limits.clientBlocked(client);
        if (blocked.isPresent()) {
            refuse(request, response, blocked, "too many failed authentications from this client");
            return;
        }
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        var wait = authorization == null ? OptionalLong.empty() : limits.request(authorization);
        if (wait.isPresent()) {
            refuse(request, response, wait, "too many requests with this credential");
            return;
        }
        chain.doFilter(request, response);
        // Only a credential that was tried and refused counts: a wrong key or token, or a login's
        // password (its body carries it). A request that presented nothing guesses nothing.
        boolean tried = authorization != null || request.getRequestURI().endsWith("/login");
        if (tried && response.getStatus() == HttpStatus.UNAUTHORIZED.value() && !request.isAsyncStarted()) {
            limits.failed(client);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, OptionalLong wait, String why) throws IOException {
        // ErrorAnswers keeps the headers already set; Retry-After is whole seconds.
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
        answers.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TOO_MANY_REQUESTS,
                why + ": retry after " + wait.getAsLong() + " seconds");
    }
}
