package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.Race;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * A client that times out and retries sends the same idempotency key again while the first
 * request is still running. Every copy must get the one order's answer, and only one order
 * may exist: the copies wait for the first and replay it instead of each placing the order.
 */
class IdempotencyUnderRaceTest extends LogisticsFixture {

    @Test
    void ten_concurrent_requests_with_one_key_place_one_order_and_all_get_its_answer() throws Exception {
        aMerchant();
        var sku = product(token);
        var externalId = unique("IDEM");
        var body = Http.json().writeValueAsString(order(externalId, sku, 1));
        var key = unique("key-");

        var answers = Race.run(10, i -> http.send(http.builder(LogisticsErrorShape.MOUNT + "/orders", token)
                .header("Content-Type", "application/json").header(Idempotency.KEY_HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(body))));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().map(a -> a.text("id")).distinct()).as("one order").hasSize(1);
        assertThat(answers.stream().filter(a -> "true".equals(a.header(Idempotency.REPLAYED)))).as("replays").hasSize(9);
    }
}
