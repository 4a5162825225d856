package dev.wharf.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.outbound.OrderDraft;
import dev.wharf.outbound.OrderType;
import dev.wharf.outbound.PlacingOrder;
import dev.wharf.outbound.ShipTo;
import dev.wharf.outbound.ShortagePolicy;
import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class StockControlTest extends WharfIntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlacingOrder placing;

    @Autowired
    private Accounts accounts;

    private WarehouseRef warehouse;
    private String op;
    private String key;
    private long user;

    @BeforeEach
    void aWarehouse() {
        warehouse = newWarehouse("GBP");
        op = operatorOf(warehouse.code(), "operator");
        key = newShipApiKey();
        user = createUser(key, warehouse.id());
    }

    private Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    private record Product(long id, String code) {
    }

    private Product product(String expirationDate) {
        var code = unique("SC");
        var body = new java.util.HashMap<String, Object>(Map.of("warehouseId", warehouse.id(), "userId", user, "title", "Milk",
                "SKU", code, "barcode", code));
        if (expirationDate != null) {
            body.put("expirationDate", expirationDate);
        }
        return new Product(ok(http.post("/shipapi/product/addUpdate", key, body)).id("Id"), code);
    }

    private List<Map<String, Object>> ledger(long productId) {
        return jdbc.sql("select type, on_hand_delta, reason, note, actor from inventory_movement where product_id = :p order by id")
                .param("p", productId).query().listOfRows();
    }

    @Test
    void products_that_track_expiry_are_received_by_lot_and_allocated_first_expiry_first_out() {
        var milk = product("2031-01-01");
        long inbound = announceInbound(key, user, warehouse.id(), milk.id(), 10).id("Id");
        var noExpiry = http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", milk.code(), "good", 5));
        assertThat(noExpiry.status()).isEqualTo(400);
        assertThat(noExpiry.text("detail")).startsWith("expiry:");
        ok(http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", milk.code(), "good", 5, "lot", "LATE",
                "expiry", "2031-06-30", "section", "C-1")));
        ok(http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", milk.code(), "good", 5, "lot", "EARLY",
                "expiry", "2031-02-28", "section", "C-2")));

        long order = shipFromStock(key, warehouse.id(), user, milk.id(), 6).id("Id");
        var list = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(order)))).json();
        // The earlier expiry (lot EARLY in C-2) goes first, though it was received later.
        assertThat(list.path("tasks").size()).isEqualTo(2);
        var bySection = new java.util.HashMap<String, Integer>();
        list.path("tasks").forEach(t -> bySection.put(t.path("section").asString(), t.path("quantity").asInt()));
        assertThat(bySection).containsEntry("C-2", 5).containsEntry("C-1", 1);
        var rows = ok(http.get("/ops/api/stock?barcode=" + milk.code(), op)).json();
        assertThat(rows.get(0).path("lot").asString()).isEqualTo("LATE");
        assertThat(rows.get(0).path("expiry").asString()).isEqualTo("2031-06-30");
    }

    @Test
    void an_order_for_a_product_never_received_is_held_as_never_inbounded() {
        var ghost = product(null);
        var tenant = accounts.authenticate(Dialect.SHIPAPI, key).orElseThrow();
        var order = placing.place(tenant, new OrderDraft(new MerchantId(user), new WarehouseId(warehouse.id()), OrderType.STOCK, null,
                null, new ShipTo("A", null, null, "1 Road", null, "Leeds", null, null, "GB", null),
                List.of(new OrderDraft.Line(new ProductId(ghost.id()), null, 1)), List.of(), null), ShortagePolicy.HOLD);
        var held = ok(http.get("/ops/api/orders/" + order.id().value(), op)).json();
        assertThat(held.path("status").asString()).isEqualTo("ERROR");
        assertThat(held.path("errorType").asString()).isEqualTo("NEVER_INBOUNDED");
        assertThat(jdbc.sql("select count(*) from stock_reservation where reference_id = :id and reference_type = 'ORDER'")
                .param("id", order.id().value()).query(Long.class).single()).isZero();
        // Retried with still no stock, it stays held; the ShipAPI, whose rule is to refuse, refuses the same order outright.
        var retried = ok(http.post("/ops/api/orders/" + order.id().value() + "/retry", op, "")).json();
        assertThat(retried.path("status").asString()).isEqualTo("ERROR");
        assertThat(shipFromStock(key, warehouse.id(), user, ghost.id(), 1).status()).isEqualTo(409);
        // Retrying an order that is not in error is refused.
        stock(key, user, warehouse.id(), ghost.id(), 1, "E-1");
        long healthy = shipFromStock(key, warehouse.id(), user, ghost.id(), 1).id("Id");
        assertThat(http.post("/ops/api/orders/" + healthy + "/retry", op, "").status()).isEqualTo(409);
    }

    @Test
    void adjustments_moves_and_condition_changes_write_one_ledger_row_per_change_with_operator_and_reason() {
        var cups = product(null);
        stock(key, user, warehouse.id(), cups.id(), 10, "D-1");
        ok(http.post("/ops/api/adjustments", op, Map.of("barcode", cups.code(), "section", "D-1", "quantity", 2, "reason", "FOUND",
                "note", "behind the shelf")));
        ok(http.post("/ops/api/adjustments", op, Map.of("barcode", cups.code(), "section", "D-1", "quantity", -1, "reason", "LOST")));
        ok(http.post("/ops/api/moves", op, Map.of("barcode", cups.code(), "fromSection", "D-1", "toSection", "D-2", "quantity", 4)));
        ok(http.post("/ops/api/condition-changes", op, Map.of("barcode", cups.code(), "section", "D-2", "from", "ok", "quantity", 1,
                "note", "cracked")));
        var rows = ledger(cups.id());
        // RECEIVE, FOUND, LOST, MOVE out, MOVE in, DAMAGED out, DAMAGED in
        assertThat(rows).hasSize(7);
        assertThat(rows.get(1)).containsEntry("type", "ADJUSTMENT").containsEntry("reason", "FOUND").containsEntry("note", "behind the shelf");
        assertThat(rows.get(1).get("actor").toString()).startsWith("operator");
        assertThat(((Number) rows.get(2).get("on_hand_delta")).intValue()).isEqualTo(-1);
        assertThat(rows.get(3)).containsEntry("type", "MOVE");
        assertThat(rows.get(5)).containsEntry("reason", "DAMAGED");
        var stock = ok(http.get("/ops/api/stock?barcode=" + cups.code(), op)).json();
        int ok = 0;
        int damaged = 0;
        for (var row : stock) {
            if ("ok".equals(row.path("condition").asString())) {
                ok += row.path("onHand").asInt();
            } else {
                damaged += row.path("onHand").asInt();
            }
        }
        assertThat(ok).isEqualTo(10);
        assertThat(damaged).isEqualTo(1);
        assertThat(availableStock(key, warehouse.id(), user, cups.id())).isEqualTo(10);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void the_first_receipt_records_the_measured_weight_and_dimensions_and_later_ones_do_not_change_them() {
        var box = product(null);
        long inbound = announceInbound(key, user, warehouse.id(), box.id(), 4).id("Id");
        ok(http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", box.code(), "good", 2, "weightKg", 1.25,
                "lengthCm", 30, "widthCm", 20, "heightCm", 10)));
        ok(http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", box.code(), "good", 2, "weightKg", 9.99)));
        var product = ok(http.get("/ops/api/products?barcode=" + box.code(), op)).json().get(0);
        assertThat(product.path("measuredWeightKg").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(product.path("measuredLengthCm").decimalValue()).isEqualByComparingTo("30");
        assertThat(product.path("measuredAt").isNull()).isFalse();
    }
}
