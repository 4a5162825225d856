package dev.wharf.api.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard a client or a credential may push this instance ({@code wharf.rate-limits.*}). The
 * counts live in this instance's memory: behind a load balancer each instance counts on its own.
 *
 * @param failedAuthPerMinute answers of 401 a client (remote address) may earn per minute before
 *                            every request from it answers 429, the right credential included
 * @param requestsPerSecond   sustained requests per second one credential (Authorization value) may make
 * @param burst               requests one credential may make at once before the sustained rate applies
 * @param tracked             how many clients and credentials are remembered; the least recently seen is forgotten
 */
@ConfigurationProperties("wharf.rate-limits")
record RateLimitSettings(@DefaultValue("10") int failedAuthPerMinute, @DefaultValue("50") int requestsPerSecond,
                         @DefaultValue("100") int burst, @DefaultValue("100000") int tracked) {
}
