package dev.wharf.events;

import dev.wharf.shared.TimeSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A clock a test moves by hand, starting at {@code start}. */
final class Clockwork extends TimeSource {

    private volatile Instant now;

    Clockwork() {
        this(Instant.now());
    }

    Clockwork(Instant start) {
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public OffsetDateTime nowUtc() {
        return now.atOffset(ZoneOffset.UTC);
    }

    void set(Instant instant) {
        now = instant;
    }
}
