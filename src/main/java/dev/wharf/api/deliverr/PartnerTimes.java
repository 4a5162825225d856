package dev.wharf.api.deliverr;

import dev.wharf.shared.InvalidInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The partner's date-times: ISO-8601 with an offset and no fraction. Query parameters arrive
 * un-encoded, so "+05:00" reaches us as " 05:00": a space before the offset is read as a plus.
 */
final class PartnerTimes {

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private PartnerTimes() {
    }

    static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "is required (e.g. 2020-01-10T09:29:12-08:00)");
        }
        var fixed = text.strip();
        if (fixed.matches(".*T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)? \\d{2}:\\d{2}$")) {
            int space = fixed.lastIndexOf(' ');
            fixed = fixed.substring(0, space) + "+" + fixed.substring(space + 1);
        }
        try {
            return OffsetDateTime.parse(fixed).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + text + "' is not an ISO-8601 date-time with an offset");
        }
    }

    static String format(Instant instant) {
        return instant == null ? null : OUT.format(instant.atOffset(ZoneOffset.UTC));
    }
}
