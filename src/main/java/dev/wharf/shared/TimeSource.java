package dev.wharf.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** The one place the core asks for the time; instants are UTC at rest. */
@Component
public class TimeSource {

    private final Clock clock;

    public TimeSource() {
        this(Clock.systemUTC());
    }

    TimeSource(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public OffsetDateTime nowUtc() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
