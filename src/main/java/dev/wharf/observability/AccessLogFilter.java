package dev.wharf.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The outermost filter on every dialect: takes or makes the correlation id, echoes it, puts it in
 * the MDC for every log line of the request (the error logs included), and writes one
 * "wharf.access" line when the answer is done.
 */
class AccessLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "wharf.access";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    /** A request no route matched (refused before the handler, or an unknown path). */
    private static final String NO_ROUTE = "-";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = CorrelationIds.accept(request.getHeader(CorrelationIds.HEADER));
        response.setHeader(CorrelationIds.HEADER, id);
        MDC.put(CorrelationIds.MDC_KEY, id);
        var started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            log.info("{} {} {} {}ms dialect={} caller={} correlationId={}", request.getMethod(), route(request),
                    response.getStatus(), (System.nanoTime() - started) / 1_000_000, Dialects.of(request.getRequestURI()),
                    Caller.of(request), id);
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }

    /** The route pattern ("/shipapi/shipment/getStatus/{id}"), never the raw path with its ids. */
    private static String route(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                ? pattern : NO_ROUTE;
    }
}
