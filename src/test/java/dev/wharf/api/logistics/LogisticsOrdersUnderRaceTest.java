package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Race;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients send one order at once. The existence check lets them all through before any
 * has inserted; the unique key keeps all but one out, and each loser must still read the
 * contract's DUPLICATE_ORDER, not a generic conflict.
 */
class LogisticsOrdersUnderRaceTest extends LogisticsFixture {

    @Test
    void twenty_concurrent_orders_with_one_external_id_create_one_and_answer_duplicate_order_to_the_rest() throws Exception {
        aMerchant();
        var sku = product(token);
        var externalId = unique("RACE");

        var answers = Race.run(20, i -> create(order(externalId, sku, 1)));

        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() != 200)).hasSize(19).allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isEqualTo(409);
            assertThat(a.text("code")).isEqualTo("DUPLICATE_ORDER");
            assertThat(a.text("type")).endsWith("DUPLICATE_ORDER");
        });
        assertThat(http.get(LogisticsErrorShape.MOUNT + "/orders/external_id/" + externalId, token).status()).isEqualTo(200);
    }
}
