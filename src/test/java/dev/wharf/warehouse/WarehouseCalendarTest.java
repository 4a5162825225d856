package dev.wharf.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WarehouseCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final WarehouseCalendar calendar = new WarehouseCalendar(new Warehouse(new WarehouseId(1), "W", "W",
            new Warehouse.Address("1", null, "London", null, null, "GB"), null, null, "GBP", LONDON, LocalTime.of(14, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));

    private static java.time.Instant at(String date, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(hour, minute), LONDON).toInstant();
    }

    @Test
    void an_order_before_the_cut_off_on_a_working_day_ships_that_day() {
        assertThat(calendar.shipDate(at("2026-11-18", 13, 59))).isEqualTo(LocalDate.parse("2026-11-18"));
        assertThat(calendar.shipBy(at("2026-11-18", 9, 0))).isEqualTo(at("2026-11-18", 14, 0));
    }

    @Test
    void an_order_at_or_after_the_cut_off_ships_the_next_working_day() {
        assertThat(calendar.shipDate(at("2026-11-18", 14, 0))).isEqualTo(LocalDate.parse("2026-11-19"));
        assertThat(calendar.shipDate(at("2026-11-20", 16, 30))).as("Friday afternoon").isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void an_order_on_a_weekend_ships_on_monday() {
        assertThat(calendar.shipDate(at("2026-11-21", 10, 0))).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(calendar.shipDate(at("2026-11-22", 23, 0))).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void the_cut_off_is_read_in_the_warehouse_time_zone_not_utc() {
        // 13:30 UTC in summer is 14:30 in London: past the cut-off.
        var summer = ZonedDateTime.of(LocalDate.parse("2026-07-15"), LocalTime.of(13, 30), ZoneId.of("UTC")).toInstant();
        assertThat(calendar.shipDate(summer)).isEqualTo(LocalDate.parse("2026-07-16"));
        var winter = ZonedDateTime.of(LocalDate.parse("2026-01-15"), LocalTime.of(13, 30), ZoneId.of("UTC")).toInstant();
        assertThat(calendar.shipDate(winter)).isEqualTo(LocalDate.parse("2026-01-15"));
    }
}
