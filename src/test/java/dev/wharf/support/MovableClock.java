package dev.wharf.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets by hand. {@link #source()} is a bean source for an extra instance
 * ({@code new SpringApplicationBuilder(WharfApplication.class, MovableClock.Source.class)}): it puts this
 * clock before the application's own. Not a {@code @Configuration}, so the suite's shared context never scans it in.
 */
public final class MovableClock extends Clock {

    private static volatile MovableClock current;

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    /** Makes this the clock that instances started from now on with {@link Source} use. */
    public MovableClock install() {
        current = this;
        return this;
    }

    /** The bean source: the installed clock, primary over the application's. */
    public static class Source {

        @Bean
        @Primary
        Clock movableClock() {
            return current;
        }
    }
}
