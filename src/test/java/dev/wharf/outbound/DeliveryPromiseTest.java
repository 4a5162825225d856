package dev.wharf.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.WarehouseCalendar;
import dev.wharf.warehouse.WarehouseId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The seed's SLA rule, branch by branch, on a fixed clock: no Spring, no database. */
class DeliveryPromiseTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final WarehouseCalendar WEEKDAYS_CUT_OFF_AT_TWO = new WarehouseCalendar(new Warehouse(new WarehouseId(1), "W",
            "W", new Warehouse.Address("1 Main St", null, "Reno", null, null, "US"), null, null, "USD", LA, LocalTime.of(14, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));

    /** Wednesday 18 November 2026, mid-morning in the warehouse. */
    private static final Instant WEDNESDAY_MORNING = la("2026-11-18", 9, 30);

    private static Instant la(String date, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(hour, minute), LA).toInstant();
    }

    private static DeliveryPromise promise(Instant now, Instant shipBy, Instant deliverBy, Double days, String method) {
        return DeliveryPromise.of(now, WEEKDAYS_CUT_OFF_AT_TWO, shipBy, deliverBy, days, method);
    }

    @Test
    void a_valid_promised_delivery_time_is_the_promise_and_ship_by_is_the_cut_off_of_the_ship_date() {
        var deliverBy = la("2026-11-21", 12, 0);
        var promise = promise(WEDNESDAY_MORNING, null, deliverBy, 2.0, "Overnight");
        assertThat(promise.shipBy()).isEqualTo(la("2026-11-18", 14, 0));
        assertThat(promise.deliverBy()).as("the promised time wins over days and method").isEqualTo(deliverBy);
    }

    @Test
    void delivery_days_count_from_ship_by_and_win_over_the_ship_method() {
        var promise = promise(WEDNESDAY_MORNING, null, null, 3.0, "Overnight");
        assertThat(promise.deliverBy()).isEqualTo(la("2026-11-21", 14, 0));
    }

    @Test
    void delivery_days_are_whole_days_from_one_to_a_year_and_zero_means_not_set() {
        // The seed types deliveryDays as a number holding an Int; 0 is its own example's "not set".
        var unset = promise(WEDNESDAY_MORNING, null, null, 0.0, null);
        assertThat(Duration.between(unset.shipBy(), unset.deliverBy())).isEqualTo(Duration.ofDays(5));
        for (double bad : new double[] {1.5, -1, 366, 1e300}) {
            assertThatThrownBy(() -> promise(WEDNESDAY_MORNING, null, null, bad, null)).as("%s", bad)
                    .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("deliveryDays");
        }
    }

    @Test
    void without_days_the_ship_method_decides_and_anything_unknown_takes_five_days() {
        for (var method : new String[][] {{"OVERNIGHT", "1"}, {"Next Day Air", "1"}, {"2-Day", "2"}, {"two day", "2"},
                {"expedited", "2"}, {"Express", "2"}, {"3 Day Select", "3"}, {"Standard", "5"}, {"UPS GROUND", "5"},
                {"Carrier Pigeon", "5"}}) {
            var promise = promise(WEDNESDAY_MORNING, null, null, null, method[0]);
            assertThat(Duration.between(promise.shipBy(), promise.deliverBy())).as(method[0])
                    .isEqualTo(Duration.ofDays(Long.parseLong(method[1])));
        }
        var none = promise(WEDNESDAY_MORNING, null, null, null, null);
        assertThat(Duration.between(none.shipBy(), none.deliverBy())).isEqualTo(Duration.ofDays(5));
    }

    @Test
    void after_the_cut_off_on_a_friday_the_order_ships_on_monday() {
        var promise = promise(la("2026-11-20", 15, 0), null, null, null, "2-Day");
        assertThat(promise.shipBy()).isEqualTo(la("2026-11-23", 14, 0));
        assertThat(promise.deliverBy()).isEqualTo(la("2026-11-25", 14, 0));
    }

    @Test
    void a_promised_ship_by_time_replaces_the_calendar() {
        var shipBy = la("2026-11-19", 8, 0);
        var promise = promise(WEDNESDAY_MORNING, shipBy, null, 2.0, null);
        assertThat(promise.shipBy()).isEqualTo(shipBy);
        assertThat(promise.deliverBy()).isEqualTo(la("2026-11-21", 8, 0));
    }

    @Test
    void promised_times_in_the_past_are_refused_naming_the_field() {
        assertThatThrownBy(() -> promise(WEDNESDAY_MORNING, null, la("2026-11-17", 9, 0), null, null))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("promisedDeliveryByTime");
        assertThatThrownBy(() -> promise(WEDNESDAY_MORNING, la("2026-11-18", 9, 0), null, null, null))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("promisedShipByTime");
    }

    @Test
    void a_delivery_promised_before_the_order_can_ship_is_refused() {
        assertThatThrownBy(() -> promise(WEDNESDAY_MORNING, null, la("2026-11-18", 12, 0), null, null))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("promisedDeliveryByTime");
        assertThatThrownBy(() -> promise(WEDNESDAY_MORNING, la("2026-11-20", 9, 0), la("2026-11-19", 9, 0), null, null))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("promisedShipByTime");
    }
}
