package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The seed's SLA rule, branch by branch; the warehouse calendar decides the ship date. */
class LogisticsPromiseTest extends LogisticsFixture {

    /**
     * The warehouse's zone is chosen so that it is about noon there while the test runs: the
     * service uses the real clock, and a fixed zone with a 23:59 cut-off failed in the minute
     * before midnight. The rule itself is tested on a fixed clock in DeliveryPromiseTest.
     */
    private static final ZoneId ZONE = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - OffsetDateTime.now(ZoneOffset.UTC).getHour())));

    private Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private dev.wharf.support.Http.Answer orderWith(String field, Object value) {
        var body = order(unique("SLA"), product(token), 1);
        if (field != null) {
            body.put(field, value);
        }
        var answer = create(body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** A warehouse open every day whose cut-off has not passed (23:59) ships today. */
    @Test
    void before_the_cut_off_the_order_ships_today_and_a_valid_promised_delivery_time_is_the_sla() {
        aMerchant(warehouseJson(unique("SLA"), ZONE.getId(), "23:59", "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]"));
        var promised = OffsetDateTime.now(ZoneOffset.UTC).plusDays(4).truncatedTo(ChronoUnit.SECONDS);
        var answer = orderWith("promisedDeliveryByTime", promised.toString());
        var today = LocalDate.now(ZONE);
        assertThat(instant(answer.text("promisedShipByTime")))
                .isEqualTo(ZonedDateTime.of(today, LocalTime.of(23, 59), ZONE).toInstant());
        assertThat(instant(answer.text("promisedDeliveryByTime"))).isEqualTo(promised.toInstant());
    }

    /** Cut-off at midnight: any order is after it and ships the next working day. */
    @Test
    void after_the_cut_off_the_order_ships_the_next_working_day_and_delivery_days_count_from_there() {
        aMerchant(warehouseJson(unique("SLA"), ZONE.getId(), "00:00", "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]"));
        var answer = orderWith("deliveryDays", 3);
        var shipBy = instant(answer.text("promisedShipByTime"));
        assertThat(shipBy).isEqualTo(ZonedDateTime.of(LocalDate.now(ZONE).plusDays(1), LocalTime.MIDNIGHT, ZONE).toInstant());
        assertThat(Duration.between(shipBy, instant(answer.text("promisedDeliveryByTime")))).isEqualTo(Duration.ofDays(3));
    }

    /** A warehouse that works only two days from now: today and tomorrow are its weekend. */
    @Test
    void an_order_placed_on_a_non_working_day_ships_on_the_next_working_day() {
        var workday = LocalDate.now(ZONE).plusDays(2);
        aMerchant(warehouseJson(unique("SLA"), ZONE.getId(), "14:00", "[\"" + workday.getDayOfWeek() + "\"]"));
        var answer = orderWith(null, null);
        var shipBy = instant(answer.text("promisedShipByTime"));
        assertThat(shipBy).isEqualTo(ZonedDateTime.of(workday, LocalTime.of(14, 0), ZONE).toInstant());
        assertThat(Duration.between(shipBy, instant(answer.text("promisedDeliveryByTime")))).as("no method: five days")
                .isEqualTo(Duration.ofDays(5));
    }

    @Test
    void the_ship_method_maps_to_a_speed_case_insensitively_and_unknown_methods_take_five_days() {
        aMerchant();
        for (var method : new String[][] {{"OVERNIGHT", "1"}, {"Next Day Air", "1"}, {"2-Day", "2"}, {"expedited", "2"},
                {"Standard", "5"}, {"UPS GROUND", "5"}, {"Carrier Pigeon", "5"}}) {
            var answer = orderWith("shipMethod", method[0]);
            var days = Duration.between(instant(answer.text("promisedShipByTime")), instant(answer.text("promisedDeliveryByTime")));
            assertThat(days).as(method[0]).isEqualTo(Duration.ofDays(Long.parseLong(method[1])));
        }
    }

    @Test
    void promised_times_in_the_past_or_out_of_order_are_refused() {
        aMerchant();
        var sku = product(token);
        var past = order(unique("P"), sku, 1);
        past.put("promisedDeliveryByTime", "2020-01-01T00:00:00Z");
        var answer = create(past);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("detail")).startsWith("promisedDeliveryByTime:");

        var pastShip = order(unique("P"), sku, 1);
        pastShip.put("promisedShipByTime", "2020-01-01T00:00:00Z");
        assertThat(create(pastShip).text("detail")).startsWith("promisedShipByTime:");

        var reversed = order(unique("P"), sku, 1);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        reversed.put("promisedShipByTime", now.plusDays(5).toString());
        reversed.put("promisedDeliveryByTime", now.plusDays(2).toString());
        var answerReversed = create(reversed);
        assertThat(answerReversed.status()).isEqualTo(400);
        assertThat(answerReversed.text("detail")).startsWith("promisedShipByTime:");

        var given = order(unique("P"), sku, 1);
        given.put("promisedShipByTime", now.plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString());
        given.put("deliveryDays", 2);
        var honoured = create(given);
        assertThat(instant(honoured.text("promisedShipByTime"))).isEqualTo(now.plusDays(1).truncatedTo(ChronoUnit.SECONDS).toInstant());
        assertThat(Duration.between(instant(honoured.text("promisedShipByTime")), instant(honoured.text("promisedDeliveryByTime"))))
                .isEqualTo(Duration.ofDays(2));
    }
}
