package dev.wharf.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsRulesTest {

    /** A clock that moves only when told. */
    private static final class ManualClock implements TimeMeter {
        private long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void a_client_is_blocked_after_its_failures_and_free_again_once_a_token_refills() {
        var limits = new RateLimits(new RateLimitSettings(3, 50, 100, 10), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.clientBlocked("10.0.0.1")).as("after %d failures", i).isEmpty();
            limits.failed("10.0.0.1");
        }

        assertThat(limits.clientBlocked("10.0.0.1")).hasValue(20);
        assertThat(limits.clientBlocked("10.0.0.2")).as("another client").isEmpty();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limits.clientBlocked("10.0.0.1")).isEmpty();
    }

    @Test
    void a_credential_gets_its_burst_then_waits_for_the_sustained_rate() {
        var limits = new RateLimits(new RateLimitSettings(10, 2, 4, 10), clock);
        for (int i = 0; i < 4; i++) {
            assertThat(limits.request("Bearer k")).as("request %d", i).isEmpty();
        }

        assertThat(limits.request("Bearer k")).hasValue(1);
        assertThat(limits.request("Bearer other")).as("another credential").isEmpty();
        clock.advance(Duration.ofMillis(500));
        assertThat(limits.request("Bearer k")).isEmpty();
    }

    @Test
    void only_the_most_recently_seen_clients_are_remembered() {
        var limits = new RateLimits(new RateLimitSettings(1, 50, 100, 2), clock);
        limits.failed("10.0.0.1");
        limits.failed("10.0.0.2");
        limits.failed("10.0.0.3");

        assertThat(limits.clientBlocked("10.0.0.1")).as("forgotten, so it starts afresh").isEmpty();
        assertThat(limits.clientBlocked("10.0.0.3")).isPresent();
    }
}
