package dev.wharf.api.console;

import dev.wharf.account.MerchantId;
import dev.wharf.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The filters and page of a console list, as the query string gives them: merchant id, status,
 * a creation-date range in the warehouse's own calendar, and the page number (25 rows a page).
 */
record ListPage(Long merchant, String status, LocalDate from, LocalDate to, int page) {

    static final int SIZE = 25;

    static ListPage of(String merchant, String status, String from, String to, Integer page) {
        return new ListPage(number("merchant", merchant), blank(status) ? null : status.strip(), date("from", from), date("to", to),
                page == null || page < 0 ? 0 : page);
    }

    MerchantId merchantId() {
        return merchant == null ? null : new MerchantId(merchant);
    }

    Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The end of the {@code to} day, exclusive. */
    Instant end(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    int offset() {
        return page * SIZE;
    }

    /** Rows fetched: one more than shown, to know whether a next page exists. */
    int fetch() {
        return SIZE + 1;
    }

    <T> List<T> shown(List<T> fetched) {
        return fetched.size() > SIZE ? fetched.subList(0, SIZE) : fetched;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Long number(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "'" + value + "' is not a number");
        }
    }

    private static LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }
}
