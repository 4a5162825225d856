package dev.wharf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Race;
import dev.wharf.support.WharfIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockIsNeverOversoldTest extends WharfIntegrationTest {

    @Test
    void fifty_concurrent_shipments_for_ten_units_reserve_exactly_ten() throws Exception {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        // Two stock rows, so racing reservations also have to spill from one row to the next.
        stock(key, userId, warehouseId, productId, 6, "A-1");
        stock(key, userId, warehouseId, productId, 4, "B-2");

        var answers = Race.run(50, i -> shipFromStock(key, warehouseId, userId, productId, 1));

        long accepted = answers.stream().filter(a -> a.status() == 200).count();
        long refused = answers.stream().filter(a -> a.status() == 409).count();
        assertThat(accepted).isEqualTo(10);
        assertThat(refused).isEqualTo(40);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.text("Error")).startsWith("products[0].quantity:"));
        assertThat(availableStock(key, warehouseId, userId, productId)).isZero();
        assertNoNegativeStock(key, warehouseId, userId);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void concurrent_shipments_of_mixed_sizes_never_reserve_more_than_is_there() throws Exception {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long productId = createProduct(key, userId, warehouseId);
        stock(key, userId, warehouseId, productId, 10, "A-1");

        // Sizes 1, 2, 3 in turn: 60 units asked for 10 on the shelf.
        var answers = Race.run(30, i -> shipFromStock(key, warehouseId, userId, productId, 1 + i % 3));

        int reserved = 0;
        int smallestRefused = Integer.MAX_VALUE;
        for (int i = 0; i < answers.size(); i++) {
            int size = 1 + i % 3;
            if (answers.get(i).status() == 200) {
                reserved += size;
            } else {
                smallestRefused = Math.min(smallestRefused, size);
            }
        }
        int left = availableStock(key, warehouseId, userId, productId);
        assertThat(reserved).isPositive().isLessThanOrEqualTo(10);
        assertThat(left).isEqualTo(10 - reserved);
        // Availability only falls during the race, so every refusal must have been for more than
        // what is left now: a refused order that would still fit means stock was refused wrongly.
        assertThat(left).isLessThan(smallestRefused);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
        assertNoNegativeStock(key, warehouseId, userId);
        assertLedgerAgreesWithBalances();
    }

    private void assertNoNegativeStock(String key, long warehouseId, long userId) {
        var rows = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        for (var row : rows.json()) {
            assertThat(row.path("stock").asInt()).isGreaterThanOrEqualTo(0);
        }
    }
}
