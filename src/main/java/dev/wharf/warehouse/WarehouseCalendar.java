package dev.wharf.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A warehouse's working days and daily cut-off, in its own time zone. An order placed before
 * the cut-off on a working day ships that day; otherwise on the next working day.
 */
public final class WarehouseCalendar {

    private final Warehouse warehouse;

    public WarehouseCalendar(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The day an order placed at this instant must ship, in the warehouse's calendar. */
    public LocalDate shipDate(Instant placedAt) {
        var local = placedAt.atZone(warehouse.timezone());
        var day = local.toLocalDate();
        if (isWorkingDay(day) && local.toLocalTime().isBefore(warehouse.cutoffTime())) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** The moment the order is late: the cut-off of its ship date. */
    public Instant shipBy(Instant placedAt) {
        return cutoffOn(shipDate(placedAt));
    }

    public Instant cutoffOn(LocalDate day) {
        return ZonedDateTime.of(day, warehouse.cutoffTime(), warehouse.timezone()).toInstant();
    }

    public boolean isWorkingDay(LocalDate day) {
        return warehouse.workingDays().contains(day.getDayOfWeek());
    }

    public LocalDate nextWorkingDay(LocalDate after) {
        if (warehouse.workingDays().isEmpty()) {
            return after.plusDays(1);
        }
        var day = after.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
