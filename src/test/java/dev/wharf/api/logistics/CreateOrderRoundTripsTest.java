package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.observability.RoundTrips;
import dev.wharf.observability.StatementCounts;
import dev.wharf.support.Http;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CreateOrder's database round-trips, counted by the suite's counting data source: a 2-line
 * order, allocated from stock, stays within the budget of issue 15 (the benchmark harness
 * counts the same under load).
 */
class CreateOrderRoundTripsTest extends LogisticsFixture {

    static final int BUDGET = 20;

    @Autowired
    private StatementCounts counts;

    private String first;
    private String second;

    @BeforeEach
    void stockedMerchant() {
        aMerchant();
        first = product(token);
        second = product(token);
        inbound(first, 50);
        inbound(second, 50);
    }

    @Test
    void a_two_line_order_allocated_from_stock_takes_at_most_twenty_round_trips() {
        var placed = createWithKey(order(unique("RT"), first, 1, second, 2));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.json().path("error").isNull()).as(placed.body()).isTrue();

        var trips = tripsOf(placed);
        System.out.println("CreateOrder: " + trips);
        assertThat(trips.count()).as(trips.toString()).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void an_order_held_for_a_stockout_stays_within_the_budget_too() {
        var held = createWithKey(order(unique("RT"), first, 1, second, 500));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().path("error").path("type").asString()).isEqualTo("STOCKOUT");

        var trips = tripsOf(held);
        assertThat(trips.count()).as(trips.toString()).isLessThanOrEqualTo(BUDGET + 6);
    }

    private Http.Answer createWithKey(Object body) {
        return http.send(http.builder(API + "/orders", token).header("Content-Type", "application/json")
                .header(Idempotency.KEY_HEADER, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
    }

    private RoundTrips tripsOf(Http.Answer answer) {
        return counts.of(answer.header("x-correlation-id")).orElseThrow();
    }
}
