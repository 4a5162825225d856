package dev.wharf.observability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The round-trips of the last requests, by correlation id (a bounded memory: the oldest go
 * first). A bean only with {@code wharf.observability.count-statements=true}.
 */
public class StatementCounts {

    private static final int KEPT = 1000;
    private final Map<String, RoundTrips> recent = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RoundTrips> eldest) {
            return size() > KEPT;
        }
    });

    void remember(String correlationId, RoundTrips trips) {
        if (correlationId != null) {
            recent.put(correlationId, trips);
        }
    }

    public Optional<RoundTrips> of(String correlationId) {
        return Optional.ofNullable(recent.get(correlationId));
    }
}
