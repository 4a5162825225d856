package dev.wharf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundId;
import dev.wharf.support.WharfIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A random day of receipts, shipments, cancels and dispatches, checked against a simple model:
 * what the API reports available equals the model, and every balance equals its ledger.
 */
class LedgerEqualsBalancesTest extends WharfIntegrationTest {

    @Test
    void after_a_random_sequence_of_operations_the_balances_equal_the_sum_of_the_ledger() {
        long seed = Long.getLong("wharf.test.seed", System.nanoTime());
        var random = new Random(seed);
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        var products = List.of(createProduct(key, userId, warehouseId), createProduct(key, userId, warehouseId),
                createProduct(key, userId, warehouseId));
        var available = new HashMap<Long, Integer>();
        products.forEach(p -> available.put(p, 0));
        record Open(long id, long product, int quantity) {
        }
        var open = new ArrayList<Open>();

        for (int step = 0; step < 150; step++) {
            long product = products.get(random.nextInt(products.size()));
            switch (random.nextInt(5)) {
                case 0 -> {
                    int good = 1 + random.nextInt(8);
                    int damaged = random.nextInt(3);
                    long inbound = announceInbound(key, userId, warehouseId, product, good + damaged).id("Id");
                    receiving.receive(new InboundId(inbound), new ProductId(product), good, damaged,
                            "S-" + random.nextInt(3), "test");
                    available.merge(product, good, Integer::sum);
                }
                case 1, 2 -> {
                    int quantity = 1 + random.nextInt(5);
                    var answer = shipFromStock(key, warehouseId, userId, product, quantity);
                    if (quantity <= available.get(product)) {
                        assertThat(answer.status()).as("seed %d step %d: %s", seed, step, answer.body()).isEqualTo(200);
                        available.merge(product, -quantity, Integer::sum);
                        open.add(new Open(answer.id("Id"), product, quantity));
                    } else {
                        assertThat(answer.status()).as("seed %d step %d: %s", seed, step, answer.body()).isEqualTo(409);
                    }
                }
                case 3 -> {
                    if (!open.isEmpty()) {
                        var cancelled = open.remove(random.nextInt(open.size()));
                        assertThat(http.get("/shipapi/shipment/cancel/" + cancelled.id(), key).status()).isEqualTo(200);
                        available.merge(cancelled.product(), cancelled.quantity(), Integer::sum);
                    }
                }
                default -> {
                    if (!open.isEmpty()) {
                        var next = open.remove(random.nextInt(open.size()));
                        startPicking(next.id());
                        if (random.nextBoolean()) {
                            ship(next.id(), "3.10");
                        }
                    }
                }
            }
        }

        for (long product : products) {
            assertThat(availableStock(key, warehouseId, userId, product)).as("seed %d, product %d", seed, product)
                    .isEqualTo(available.get(product));
        }
        assertLedgerAgreesWithBalances();
    }

    @Test
    void the_ledger_check_reports_a_balance_that_drifted_from_its_ledger() {
        long warehouseId = createWarehouse();
        var key = newShipApiKey();
        long userId = createUser(key, warehouseId);
        long product = createProduct(key, userId, warehouseId);
        stock(key, userId, warehouseId, product, 5, "Z-9");
        var rows = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        long balanceId = rows.json().get(0).path("inventoryId").asLong();
        jdbc.sql("update inventory_balance set on_hand = on_hand + 1 where id = :id").param("id", balanceId).update();
        try {
            var check = http.get("/admin/api/inventory/ledger-check", ADMIN);
            assertThat(check.json().path("consistent").asBoolean()).isFalse();
            assertThat(check.json().path("discrepancies").get(0).path("balanceId").asLong()).isEqualTo(balanceId);
        } finally {
            jdbc.sql("update inventory_balance set on_hand = on_hand - 1 where id = :id").param("id", balanceId).update();
        }
        assertLedgerAgreesWithBalances();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
