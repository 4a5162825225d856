package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.observability.RoundTrips;
import dev.wharf.observability.StatementCounts;
import dev.wharf.support.Http;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reads cost a fixed number of database round-trips: a page of the ops order list costs the same
 * for one order as for six (no statement per order), and reading one order costs a bounded few.
 */
class ReadRoundTripsTest extends LogisticsFixture {

    @Autowired
    private StatementCounts counts;

    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void ordersOfSeveralShapes() {
        aMerchant();
        var first = product(token);
        var second = product(token);
        inbound(first, 20);
        inbound(second, 20);
        for (int i = 0; i < 5; i++) {
            var placed = create(order(unique("RD"), first, 1, second, 1));
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            ids.add(placed.text("id"));
        }
        var held = create(order(unique("RD"), first, 500));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        ids.add(held.text("id"));
        pickAll(ids.get(0));
        packBoxes(ids.get(0), first, 1, second, 1);
    }

    @Test
    void a_page_of_the_ops_order_list_costs_the_same_for_one_order_as_for_six() {
        var after = Long.parseLong(ids.get(0)) - 1;
        var one = http.get("/ops/api/orders?limit=1&after=" + after, op);
        var six = http.get("/ops/api/orders?limit=6&after=" + after, op);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(six.json().size()).isEqualTo(6);
        assertThat(tripsOf(six).count()).as(tripsOf(six).toString()).isEqualTo(tripsOf(one).count());
    }

    @Test
    void one_order_is_read_in_a_fixed_few_round_trips_in_each_api() {
        for (var id : List.of(ids.get(0), ids.get(5))) {
            var logistics = http.get(API + "/orders/" + id, token);
            assertThat(logistics.status()).as(logistics.body()).isEqualTo(200);
            assertThat(tripsOf(logistics).count()).as(tripsOf(logistics).toString()).isLessThanOrEqualTo(13);
            var ops = http.get("/ops/api/orders/" + id, op);
            assertThat(ops.status()).as(ops.body()).isEqualTo(200);
            assertThat(tripsOf(ops).count()).as(tripsOf(ops).toString()).isLessThanOrEqualTo(12);
        }
    }

    private RoundTrips tripsOf(Http.Answer answer) {
        return counts.of(answer.header("x-correlation-id")).orElseThrow();
    }
}
