package dev.wharf.api.support;

import dev.wharf.shared.Secrets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The token buckets of this instance: failed authentications per client and requests per
 * credential. Both kinds live in size-bounded least-recently-used maps, so a flood of new
 * addresses or made-up credentials costs bounded memory (a forgotten client starts afresh).
 */
class RateLimits {

    private final RateLimitSettings settings;
    private final Map<String, Bucket> failures;
    private final Map<String, Bucket> credentials;

    private final TimeMeter clock;

    RateLimits(RateLimitSettings settings) {
        this(settings, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With a clock of the caller's, so the refill can be tested without waiting. */
    RateLimits(RateLimitSettings settings, TimeMeter clock) {
        this.settings = settings;
        this.clock = clock;
        this.failures = bounded(settings.tracked());
        this.credentials = bounded(settings.tracked());
    }

    /** Seconds the client must wait because it failed to authenticate too often; empty when it may go on. */
    OptionalLong clientBlocked(String client) {
        Bucket bucket;
        synchronized (failures) {
            bucket = failures.get(client);
        }
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** Counts one failed authentication (a 401) against the client. */
    void failed(String client) {
        bucket(failures, client, () -> Bucket.builder().withCustomTimePrecision(clock)
                .addLimit(l -> l.capacity(settings.failedAuthPerMinute()).refillGreedy(settings.failedAuthPerMinute(), Duration.ofMinutes(1)))
                .build()).tryConsume(1);
    }

    /**
     * Takes one request from the credential's bucket: empty when it may go on, else the seconds
     * to wait. The credential is kept only as a digest, never as the secret itself.
     */
    OptionalLong request(String authorization) {
        var bucket = bucket(credentials, Secrets.digest(authorization), () -> Bucket.builder().withCustomTimePrecision(clock)
                .addLimit(l -> l.capacity(settings.burst()).refillGreedy(settings.requestsPerSecond(), Duration.ofSeconds(1)))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Supplier<Bucket> create) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> create.get());
        }
    }

    /** Whole seconds for Retry-After, rounded up and never 0 (0 would invite an immediate retry). */
    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static Map<String, Bucket> bounded(int cap) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > cap;
            }
        };
    }
}
