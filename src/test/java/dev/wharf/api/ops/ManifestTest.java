package dev.wharf.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.Race;
import dev.wharf.support.WharfIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The carrier's daily pickup: packages scanned onto the day's manifest; closing it ships complete orders, once. */
class ManifestTest extends WharfIntegrationTest {

    private static final String MANIFEST = "/ops/api/manifests/Wharf%20Post";

    private WarehouseRef warehouse;
    private String op;
    private String key;
    private long user;
    private long product;
    private String code;

    @BeforeEach
    void aWarehouseWithStock() {
        warehouse = newWarehouse("GBP");
        op = operatorOf(warehouse.code(), "operator");
        addRate(warehouse.id(), "Wharf Post", "Standard", "0", "30", "4.45");
        key = newShipApiKey();
        user = createUser(key, warehouse.id());
        code = unique("MAN");
        product = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse.id(), "userId", user,
                "title", "Mug", "SKU", code, "barcode", code)).id("Id");
        stock(key, user, warehouse.id(), product, 20, "S-1");
    }

    private Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    /** An order of {@code units} units, picked and packed one unit per package with Wharf's labels. */
    private JsonNode packedOrder(int units) {
        long id = shipFromStock(key, warehouse.id(), user, product, units).id("Id");
        var list = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(id)))).json();
        for (var task : list.path("tasks")) {
            ok(http.post("/ops/api/pick-lists/" + list.path("id").asLong() + "/picks", op, Map.of("section", task.path("section").asString(),
                    "barcode", code, "quantity", task.path("quantity").asInt())));
        }
        var boxes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < units; i++) {
            boxes.add(Map.of("weightKg", 0.5, "items", List.of(Map.of("barcode", code, "quantity", 1))));
        }
        return ok(http.post("/ops/api/orders/" + id + "/pack", op, Map.of("packages", boxes))).json();
    }

    private Http.Answer scan(String reference) {
        return http.post(MANIFEST + "/packages", op, Map.of("packageRef", reference));
    }

    private String status(long orderId) {
        return ok(http.get("/ops/api/orders/" + orderId, op)).text("status");
    }

    private long shippedTransitions(long orderId) {
        var count = 0L;
        for (var event : ok(http.get("/ops/api/orders/" + orderId + "/events", op)).json()) {
            if ("SHIPPED".equals(event.path("toStatus").asString())) {
                count++;
            }
        }
        return count;
    }

    @Test
    void closing_the_days_manifest_ships_the_orders_whose_packages_are_all_on_it_and_only_once() {
        var whole = packedOrder(1);
        var split = packedOrder(2);
        var wholeTracking = whole.path("packages").get(0).path("trackingNumber").asString();

        var first = ok(scan(wholeTracking)).json();
        assertThat(first.path("status").asString()).isEqualTo("OPEN");
        assertThat(first.path("packages").size()).isEqualTo(1);
        assertThat(ok(scan(wholeTracking)).json().path("packages").size()).as("scanned twice, on once").isEqualTo(1);
        ok(scan(Long.toString(split.path("packages").get(0).path("id").asLong())));
        var wrongCarrier = http.post("/ops/api/manifests/UPS/packages", op, Map.of("packageRef", wholeTracking));
        assertThat(wrongCarrier.status()).isEqualTo(409);
        assertThat(wrongCarrier.text("detail")).startsWith("package:");
        assertThat(scan("NO-SUCH-PACKAGE").status()).isEqualTo(404);

        var listed = ok(http.get(MANIFEST, op)).json();
        assertThat(listed.path("packages").size()).isEqualTo(2);
        assertThat(listed.path("carrier").asString()).isEqualTo("WHARF POST");

        var closed = ok(http.post(MANIFEST + "/close", op, "")).json();
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        var outcomes = new java.util.HashMap<Long, String>();
        closed.path("orders").forEach(o -> outcomes.put(o.path("orderId").asLong(), o.path("result").asString()));
        assertThat(outcomes).containsEntry(whole.path("id").asLong(), "SHIPPED").containsEntry(split.path("id").asLong(), "WAITING");
        assertThat(status(whole.path("id").asLong())).isEqualTo("SHIPPED");
        assertThat(status(split.path("id").asLong())).isEqualTo("PACKED");

        // A closed manifest takes no more packages; closing it again ships nothing twice.
        var late = scan(split.path("packages").get(1).path("trackingNumber").asString());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("detail")).startsWith("carrier:");
        ok(http.post(MANIFEST + "/close", op, ""));
        assertThat(shippedTransitions(whole.path("id").asLong())).isEqualTo(1);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void two_closes_at_once_ship_each_order_once() throws Exception {
        var orders = List.of(packedOrder(1), packedOrder(1), packedOrder(1));
        for (var order : orders) {
            ok(scan(order.path("packages").get(0).path("trackingNumber").asString()));
        }
        var answers = Race.run(2, i -> http.post(MANIFEST + "/close", op, ""));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        for (var order : orders) {
            assertThat(status(order.path("id").asLong())).isEqualTo("SHIPPED");
            assertThat(shippedTransitions(order.path("id").asLong())).isEqualTo(1);
        }
        assertLedgerAgreesWithBalances();
    }

    @Test
    void another_warehouse_sees_no_manifest_and_finds_none_of_its_packages() {
        var order = packedOrder(1);
        var tracking = order.path("packages").get(0).path("trackingNumber").asString();
        ok(scan(tracking));
        var elsewhere = operatorOf(newWarehouse("GBP").code(), "operator");
        assertThat(http.post(MANIFEST + "/packages", elsewhere, Map.of("packageRef", tracking)).status()).isEqualTo(404);
        assertThat(ok(http.get(MANIFEST, elsewhere)).json().path("packages").size()).isZero();
        assertThat(http.post(MANIFEST + "/close", elsewhere, "").status()).isEqualTo(404);
        assertThat(status(order.path("id").asLong())).isEqualTo("PACKED");
    }
}
