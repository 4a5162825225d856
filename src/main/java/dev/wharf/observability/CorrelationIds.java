package dev.wharf.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A client's x-correlation-id is kept when it is a plain token (at most 100 of [A-Za-z0-9._-]);
 * anything else (a log-injection attempt, a megabyte, a newline) is replaced by a fresh UUID, so
 * the id can go into headers and log lines as it is.
 */
final class CorrelationIds {

    static final String HEADER = "x-correlation-id";
    static final String MDC_KEY = "correlationId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private CorrelationIds() {
    }

    static String accept(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
