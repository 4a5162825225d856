package dev.wharf.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OperationsRulesTest extends WharfIntegrationTest {

    @Autowired
    private JdbcClient jdbc;

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
        addRate(warehouse.id(), "Wharf Post", "Standard", "0", "30", "5.00");
        key = newShipApiKey();
        user = createUser(key, warehouse.id());
        code = unique("SCAN");
        product = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse.id(), "userId", user,
                "title", "Mug", "SKU", code, "barcode", code)).id("Id");
        stock(key, user, warehouse.id(), product, 5, "S-1");
    }

    private Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    private void pickAll(long orderId) {
        var list = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(orderId)))).json();
        for (var task : list.path("tasks")) {
            ok(http.post("/ops/api/pick-lists/" + list.path("id").asLong() + "/picks", op, Map.of("section",
                    task.path("section").asString(), "barcode", code, "quantity", task.path("quantity").asInt())));
        }
    }

    @Test
    void an_operator_of_one_warehouse_can_touch_nothing_in_another() {
        var other = newWarehouse("GBP");
        var stranger = operatorOf(other.code(), "supervisor");
        long inbound = announceInbound(key, user, warehouse.id(), product, 3).id("Id");
        long order = shipFromStock(key, warehouse.id(), user, product, 1).id("Id");
        var before = rowCounts();

        assertThat(http.get("/ops/api/inbounds", stranger).json().size()).isZero();
        assertThat(http.get("/ops/api/inbounds/" + inbound, stranger).status()).isEqualTo(404);
        assertThat(http.post("/ops/api/inbounds/" + inbound + "/arrive", stranger, "").status()).isEqualTo(404);
        assertThat(http.post("/ops/api/inbounds/" + inbound + "/receipts", stranger, Map.of("barcode", code, "good", 1)).status())
                .isEqualTo(404);
        assertThat(http.post("/ops/api/inbounds/" + inbound + "/close", stranger, "").status()).isEqualTo(404);
        assertThat(http.get("/ops/api/orders", stranger).json().size()).isZero();
        assertThat(http.get("/ops/api/orders/" + order, stranger).status()).isEqualTo(404);
        assertThat(http.get("/ops/api/orders/" + order + "/events", stranger).status()).isEqualTo(404);
        assertThat(http.post("/ops/api/orders/" + order + "/cancel", stranger, "").status()).isEqualTo(404);
        assertThat(http.post("/ops/api/pick-lists", stranger, Map.of("orderIds", List.of(order))).status()).isEqualTo(404);
        assertThat(http.post("/ops/api/orders/" + order + "/pack", stranger, Map.of("packages", List.of(Map.of("weightKg", 1,
                "items", List.of(Map.of("productId", product, "quantity", 1)))))).status()).isEqualTo(404);
        assertThat(http.post("/ops/api/orders/" + order + "/ship", stranger, Map.of("trackingNumber", "X", "cost", 1)).status())
                .isEqualTo(404);
        assertThat(http.get("/ops/api/orders/" + order + "/packing-slip.pdf", stranger).status()).isEqualTo(404);
        // Scans are scoped to the warehouse: another warehouse's product is not found here at all.
        assertThat(http.post("/ops/api/putaway", stranger, Map.of("barcode", code, "fromSection", "S-1", "toSection", "S-2",
                "quantity", 1)).status()).isEqualTo(404);
        assertThat(http.post("/ops/api/adjustments", stranger, Map.of("barcode", code, "section", "S-1", "quantity", -1,
                "reason", "LOST")).status()).isEqualTo(404);
        assertThat(http.get("/ops/api/stock?barcode=" + code, stranger).status()).isEqualTo(404);
        assertThat(rowCounts()).isEqualTo(before);

        // The same order in its own warehouse is there.
        assertThat(http.get("/ops/api/orders/" + order, op).status()).isEqualTo(200);
        var list = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(order)))).json();
        assertThat(http.get("/ops/api/pick-lists/" + list.path("id").asLong(), stranger).status()).isEqualTo(404);
    }

    @Test
    void the_operations_api_needs_a_login() {
        assertThat(http.get("/ops/api/orders", null).status()).isEqualTo(401);
        assertThat(http.get("/ops/api/orders", "Bearer forged").status()).isEqualTo(401);
        var wrong = http.post("/ops/api/login", null, Map.of("username", "nobody", "password", "wrong password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/ops/api/orders", key).status()).as("a ShipAPI key is not a login").isEqualTo(401);
        var me = ok(http.get("/ops/api/me", op));
        assertThat(me.text("warehouseCode")).isEqualTo(warehouse.code());
        assertThat(me.text("role")).isEqualTo("operator");
    }

    @Test
    void operators_are_created_with_a_known_role_and_warehouse_and_a_decent_password() {
        var badRole = http.post("/admin/api/operators", ADMIN, Map.of("username", unique("u"), "password", "long enough password",
                "role", "boss", "warehouseCode", warehouse.code()));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.text("detail")).startsWith("role:");
        var badWarehouse = http.post("/admin/api/operators", ADMIN, Map.of("username", unique("u"), "password", "long enough password",
                "role", "operator", "warehouseCode", "NOPE"));
        assertThat(badWarehouse.text("detail")).startsWith("warehouseCode:");
        var shortPassword = http.post("/admin/api/operators", ADMIN, Map.of("username", unique("u"), "password", "short",
                "role", "operator", "warehouseCode", warehouse.code()));
        assertThat(shortPassword.text("detail")).startsWith("password:");
    }

    @Test
    void a_non_stock_shipment_awaits_its_goods_then_is_processed() {
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouse.id());
        body.put("userId", user);
        body.put("type", "nonstock");
        body.put("products", List.of(Map.of("productId", product, "quantity", 3)));
        body.put("shipTo", shipTo());
        long shipment = ok(http.post("/shipapi/shipment/add", key, body)).id("Id");
        assertThat(http.get("/shipapi/shipment/getStatus/" + shipment, key).text("Status")).isEqualTo("NewShipment");

        ok(http.post("/ops/api/orders/" + shipment + "/receipts", op, Map.of("barcode", code, "good", 2)));
        assertThat(http.get("/shipapi/shipment/getStatus/" + shipment, key).text("Status")).isEqualTo("AwaitingGoods");
        ok(http.post("/ops/api/orders/" + shipment + "/receipts", op, Map.of("barcode", code, "good", 1, "damaged", 1)));
        assertThat(http.get("/shipapi/shipment/getStatus/" + shipment, key).text("Status")).isEqualTo("InProcess");
        // Its goods are in and held for it: too late to cancel, and the merchant's other stock is untouched.
        assertThat(http.get("/shipapi/shipment/cancel/" + shipment, key).status()).isEqualTo(409);
        assertThat(availableStock(key, warehouse.id(), user, product)).isEqualTo(5);

        pickAll(shipment);
        ok(http.post("/ops/api/orders/" + shipment + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 1.5,
                "items", List.of(Map.of("barcode", code, "quantity", 3)))))));
        ok(http.post("/ops/api/orders/" + shipment + "/ship", op, ""));
        assertThat(http.get("/shipapi/shipment/getStatus/" + shipment, key).text("Status")).isEqualTo("Sended");
        assertLedgerAgreesWithBalances();
    }

    @Test
    void a_short_pick_with_no_stock_left_flags_the_order() {
        long order = shipFromStock(key, warehouse.id(), user, product, 5).id("Id");
        var list = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(order)))).json();
        long task = list.path("tasks").get(0).path("id").asLong();
        ok(http.post("/ops/api/pick-lists/" + list.path("id").asLong() + "/tasks/" + task + "/short", op, Map.of("found", 3)));
        var flagged = ok(http.get("/ops/api/orders/" + order, op)).json();
        assertThat(flagged.path("errorType").asString()).isEqualTo("SHORT_PICK");
        assertThat(flagged.path("errorMessage").asString()).contains("2 units");
        assertLedgerAgreesWithBalances();
    }

    @Test
    void a_merchant_label_is_used_as_it_was_uploaded() {
        var label = "%PDF-1.4 merchant's own label".getBytes();
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouse.id());
        body.put("userId", user);
        body.put("products", List.of(Map.of("productId", product, "quantity", 1)));
        body.put("shipTo", shipTo());
        body.put("labelPdf", Base64.getEncoder().encodeToString(label));
        long order = ok(http.post("/shipapi/shipment/add", key, body)).id("Id");
        pickAll(order);
        var packed = ok(http.post("/ops/api/orders/" + order + "/pack", op, Map.of("trackingNumber", "1Z999AA10123456784",
                "carrier", "UPS", "service", "Ground", "packages", List.of(Map.of("weightKg", 0.5,
                        "items", List.of(Map.of("barcode", code, "quantity", 1))))))).json();
        var pkg = packed.path("packages").get(0);
        assertThat(pkg.path("labelSource").asString()).isEqualTo("MERCHANT");
        assertThat(pkg.path("trackingNumber").asString()).isEqualTo("1Z999AA10123456784");
        assertThat(http.getBytes("/ops/api/packages/" + pkg.path("id").asLong() + "/label.pdf", op).body()).isEqualTo(label);
        // No rate for UPS Ground in this warehouse: shipping would go unbilled, so it is refused until one exists.
        var noRate = http.post("/ops/api/orders/" + order + "/ship", op, "");
        assertThat(noRate.status()).isEqualTo(409);
        assertThat(noRate.text("detail")).contains("no shipping rate");
        addRate(warehouse.id(), "UPS", "Ground", "0", "10", "7.85");
        ok(http.post("/ops/api/orders/" + order + "/ship", op, ""));
        var details = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", order));
        assertThat(details.json().path("TotalPrice").decimalValue()).isEqualByComparingTo("7.85");
    }

    @Test
    void orders_past_their_ship_by_time_are_flagged_late() {
        long order = shipFromStock(key, warehouse.id(), user, product, 1).id("Id");
        var fresh = ok(http.get("/ops/api/orders/" + order, op)).json();
        assertThat(fresh.path("shipBy").isNull()).isFalse();
        jdbc.sql("update outbound_order set ship_by = ship_by - interval '7' day where id = :id").param("id", order).update();
        var late = ok(http.get("/ops/api/orders?late=true", op)).json();
        assertThat(late.size()).isEqualTo(1);
        assertThat(late.get(0).path("id").asLong()).isEqualTo(order);
        assertThat(late.get(0).path("late").asBoolean()).isTrue();
    }

    @Test
    void bad_operations_input_names_the_field_and_writes_nothing() {
        long order = shipFromStock(key, warehouse.id(), user, product, 2).id("Id");
        var before = rowCounts();
        var noSection = http.post("/ops/api/putaway", op, Map.of("barcode", code, "quantity", 1));
        assertThat(noSection.status()).isEqualTo(400);
        assertThat(noSection.text("detail")).startsWith("toSection:");
        var unknownCode = http.post("/ops/api/adjustments", op, Map.of("barcode", "NO-SUCH-CODE", "section", "S-1", "quantity", 1,
                "reason", "FOUND"));
        assertThat(unknownCode.status()).isEqualTo(404);
        assertThat(unknownCode.text("detail")).startsWith("barcode:");
        var badReason = http.post("/ops/api/adjustments", op, Map.of("barcode", code, "section", "S-1", "quantity", 1, "reason", "MAGIC"));
        assertThat(badReason.text("detail")).startsWith("reason:");
        var tooMany = http.post("/ops/api/adjustments", op, Map.of("barcode", code, "section", "S-1", "quantity", -4, "reason", "LOST"));
        assertThat(tooMany.status()).as("2 of 5 are reserved").isEqualTo(409);
        var zero = http.post("/ops/api/moves", op, Map.of("barcode", code, "fromSection", "S-1", "toSection", "S-2", "quantity", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text("detail")).startsWith("quantity:");
        var packUnpicked = http.post("/ops/api/orders/" + order + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 1,
                "items", List.of(Map.of("barcode", code, "quantity", 2))))));
        assertThat(packUnpicked.status()).isEqualTo(409);
        var malformed = http.post("/ops/api/moves", op, "{\"quantity\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rowCounts()).isEqualTo(before);

        pickAll(order);
        var wrongContents = http.post("/ops/api/orders/" + order + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 1,
                "items", List.of(Map.of("barcode", code, "quantity", 1))))));
        assertThat(wrongContents.status()).isEqualTo(400);
        assertThat(wrongContents.text("detail")).startsWith("packages:");
        var noWeight = http.post("/ops/api/orders/" + order + "/pack", op, Map.of("packages", List.of(Map.of(
                "items", List.of(Map.of("barcode", code, "quantity", 2))))));
        assertThat(noWeight.status()).isEqualTo(400);
        assertThat(noWeight.text("detail")).startsWith("packages[0].weightKg:");
    }

    @Test
    void the_floors_order_list_comes_a_page_at_a_time_oldest_first_and_refuses_a_page_too_large() {
        var placed = new java.util.ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            placed.add(shipFromStock(key, warehouse.id(), user, product, 1).id("Id"));
        }
        var first = ok(http.get("/ops/api/orders?limit=2", op)).json();
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.get(0).path("id").asLong()).isEqualTo(placed.get(0));
        var second = ok(http.get("/ops/api/orders?limit=2&after=" + first.get(1).path("id").asLong(), op)).json();
        assertThat(second.size()).isEqualTo(1);
        assertThat(second.get(0).path("id").asLong()).isEqualTo(placed.get(2));
        assertThat(ok(http.get("/ops/api/orders?limit=2&after=" + placed.get(2), op)).json().size()).as("the end").isZero();
        assertThat(http.get("/ops/api/orders?limit=201", op).status()).isEqualTo(400);
    }

    @Test
    void a_scan_matches_only_products_this_warehouse_deals_in_and_asks_when_two_merchants_here_share_a_barcode() {
        // Another reseller's merchant in another warehouse uses the same barcode.
        var elsewhere = newWarehouse("GBP");
        var otherKey = newShipApiKey();
        long otherUser = createUser(otherKey, elsewhere.id());
        long otherProduct = http.post("/shipapi/product/addUpdate", otherKey, Map.of("warehouseId", elsewhere.id(), "userId", otherUser,
                "title", "Other mug", "SKU", unique("O"), "barcode", code)).id("Id");
        stock(otherKey, otherUser, elsewhere.id(), otherProduct, 3, "E-1");

        var here = ok(http.post("/ops/api/adjustments", op, Map.of("barcode", code, "section", "S-1", "quantity", 1, "reason", "FOUND")));
        assertThat(here.json().path("productId").asLong(0) == 0 || here.json().path("productId").asLong() == product).isTrue();
        var there = operatorOf(elsewhere.code(), "operator");
        ok(http.post("/ops/api/adjustments", there, Map.of("barcode", code, "section", "E-1", "quantity", 1, "reason", "FOUND")));
        assertThat(availableStock(key, warehouse.id(), user, product)).isEqualTo(6);
        assertThat(availableStock(otherKey, elsewhere.id(), otherUser, otherProduct)).isEqualTo(4);

        // A second merchant in this warehouse with the same barcode: the scan is ambiguous, and says so.
        var neighbourKey = newShipApiKey();
        long neighbour = createUser(neighbourKey, warehouse.id());
        long neighbourProduct = http.post("/shipapi/product/addUpdate", neighbourKey, Map.of("warehouseId", warehouse.id(),
                "userId", neighbour, "title", "Neighbour mug", "SKU", unique("N"), "barcode", code)).id("Id");
        stock(neighbourKey, neighbour, warehouse.id(), neighbourProduct, 2, "S-2");
        var ambiguous = http.post("/ops/api/adjustments", op, Map.of("barcode", code, "section", "S-1", "quantity", 1, "reason", "FOUND"));
        assertThat(ambiguous.status()).isEqualTo(409);
        assertThat(ambiguous.text("detail")).contains("matches 2 products here");
        ok(http.post("/ops/api/adjustments", op, Map.of("productId", product, "section", "S-1", "quantity", 1, "reason", "FOUND")));
        assertThat(http.post("/ops/api/adjustments", op, Map.of("productId", otherProduct, "section", "S-1", "quantity", 1,
                "reason", "FOUND")).status()).as("another warehouse's product named by id").isEqualTo(404);
    }
}
