package dev.wharf.billing;

import dev.wharf.shared.InvalidInput;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a statement covers: a calendar month (the lines billed in it, adjustments included) or any
 * run of days, both ends included (the lines of actions on those days).
 */
public record Period(LocalDate from, LocalDate to, YearMonth month) {

    static final int MAX_DAYS = 3660;

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), month);
    }

    public static Period days(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInput("from", "is required (yyyy-mm-dd), or give month");
        }
        if (to == null) {
            throw new InvalidInput("to", "is required (yyyy-mm-dd), or give month");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInput("to", "a statement covers at most ten years");
        }
        return new Period(from, to, null);
    }

    public boolean isMonth() {
        return month != null;
    }
}
