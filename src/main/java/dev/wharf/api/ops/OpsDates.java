package dev.wharf.api.ops;

import dev.wharf.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days in query parameters: ISO dates (2026-11-30), read in the warehouse's calendar by the use case. */
final class OpsDates {

    private OpsDates() {
    }

    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var day = LocalDate.parse(value.strip());
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw new InvalidInput(field, "must be a date between the years 1900 and 9999");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date like 2026-11-30");
        }
    }
}
