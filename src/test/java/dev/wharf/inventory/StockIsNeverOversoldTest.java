package dev.wharf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

        var answers = race(50, () -> shipFromStock(key, warehouseId, userId, productId, 1));

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

        var sizes = new ArrayList<Integer>();
        var answers = race(30, () -> {
            int size = 1 + (int) (Math.random() * 3);
            var answer = shipFromStock(key, warehouseId, userId, productId, size);
            if (answer.status() == 200) {
                synchronized (sizes) {
                    sizes.add(size);
                }
            }
            return answer;
        });

        int reserved = sizes.stream().mapToInt(Integer::intValue).sum();
        assertThat(reserved).isLessThanOrEqualTo(10);
        assertThat(availableStock(key, warehouseId, userId, productId)).isEqualTo(10 - reserved);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
        assertNoNegativeStock(key, warehouseId, userId);
        assertLedgerAgreesWithBalances();
    }

    private static List<Http.Answer> race(int requests, Callable<Http.Answer> call) throws Exception {
        var pool = Executors.newFixedThreadPool(requests);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Http.Answer>>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var answers = new ArrayList<Http.Answer>();
            for (var future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertNoNegativeStock(String key, long warehouseId, long userId) {
        var rows = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        for (var row : rows.json()) {
            assertThat(row.path("stock").asInt()).isGreaterThanOrEqualTo(0);
        }
    }
}
