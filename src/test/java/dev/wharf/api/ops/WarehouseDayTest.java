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
import dev.wharf.support.LabelReader;
import dev.wharf.support.WharfIntegrationTest;
import dev.wharf.warehouse.WarehouseId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A whole day in one warehouse, driven through the operations API the way its staff would,
 * with the merchant watching through the ShipAPI.
 */
class WarehouseDayTest extends WharfIntegrationTest {

    @Autowired
    private PlacingOrder placing;

    @Autowired
    private Accounts accounts;

    private WarehouseRef warehouse;
    private String op;
    private String supervisor;
    private String key;
    private long user;
    private long pencils;
    private long erasers;
    private String pencilCode;
    private String eraserCode;

    private long product(String code) {
        var answer = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse.id(), "userId", user,
                "title", "Product " + code, "SKU", code, "barcode", code, "weight", 0.4, "weightUnit", "kg"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.id("Id");
    }

    private Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    private String shipApiStatus(long shipmentId) {
        return http.get("/shipapi/shipment/getStatus/" + shipmentId, key).text("Status");
    }

    private long order(long product, int quantity) {
        var answer = shipFromStock(key, warehouse.id(), user, product, quantity);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.id("Id");
    }

    private JsonNode opsOrder(long id) {
        return ok(http.get("/ops/api/orders/" + id, op)).json();
    }

    @Test
    void a_whole_day_from_inbound_to_delivery_keeps_ledger_and_statuses_true() {
        warehouse = newWarehouse("GBP");
        op = operatorOf(warehouse.code(), "operator");
        supervisor = operatorOf(warehouse.code(), "supervisor");
        addRate(warehouse.id(), "Wharf Post", "Standard", "0", "5", "4.45");
        addRate(warehouse.id(), "Wharf Post", "Standard", "5", "30", "9.90");
        long sticker = createServiceItem(warehouse.id(), "Sticker Removal", "3.00", "perproduct");
        long wrapping = createServiceItem(warehouse.id(), "Stretch Wrapping", "4.00", "perpackage");
        key = newShipApiKey();
        user = createUser(key, warehouse.id());
        pencilCode = unique("PEN");
        eraserCode = unique("ERA");
        pencils = product(pencilCode);
        erasers = product(eraserCode);

        // ---- Two inbounds are announced; the dock sees them.
        var in1 = ok(http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouse.id(), "userId", user,
                "packages", List.of(Map.of("carrierName", "Fedex", "trackNumber", "TRK-" + pencilCode, "packageItems",
                        List.of(Map.of("productId", pencils, "quantity", 20), Map.of("productId", erasers, "quantity", 10))))))).id("Id");
        var in2 = announceInbound(key, user, warehouse.id(), pencils, 5).id("Id");
        var expected = ok(http.get("/ops/api/inbounds", op)).json();
        assertThat(expected.size()).isEqualTo(2);
        assertThat(ok(http.get("/ops/api/inbounds?q=TRK-" + pencilCode, op)).json().get(0).path("id").asLong()).isEqualTo(in1);
        assertThat(ok(http.get("/ops/api/inbounds?q=" + pencilCode, op)).json().size()).isEqualTo(2);

        // ---- Inbound 1 arrives and is received in full, two pencils damaged; the first receipt measures the product.
        assertThat(ok(http.post("/ops/api/inbounds/" + in1 + "/arrive", op, "")).text("status")).isEqualTo("ARRIVED");
        ok(http.post("/ops/api/inbounds/" + in1 + "/receipts", op, Map.of("barcode", pencilCode, "good", 18, "damaged", 2,
                "weightKg", 0.42, "lengthCm", 19, "widthCm", 5, "heightCm", 2)));
        var received1 = ok(http.post("/ops/api/inbounds/" + in1 + "/receipts", op, Map.of("barcode", eraserCode, "good", 10))).json();
        assertThat(received1.path("status").asString()).isEqualTo("RECEIVED");
        // ---- Inbound 2 is received partly, plus an eraser nobody announced: recorded, not refused.
        var received2 = ok(http.post("/ops/api/inbounds/" + in2 + "/receipts", op, Map.of("barcode", pencilCode, "good", 3))).json();
        assertThat(received2.path("status").asString()).isEqualTo("RECEIVING");
        var unexpected = ok(http.post("/ops/api/inbounds/" + in2 + "/receipts", op, Map.of("productId", erasers, "good", 1))).json();
        var lines = unexpected.path("lines");
        assertThat(lines.get(0).path("discrepancy").asInt()).isEqualTo(-2);
        assertThat(lines.get(1).path("unexpected").asBoolean()).isTrue();
        assertThat(lines.get(1).path("discrepancy").asInt()).isEqualTo(1);

        // Received is not yet sellable: nothing to ship until it is put away.
        assertThat(availableStock(key, warehouse.id(), user, pencils)).isZero();
        assertThat(shipFromStock(key, warehouse.id(), user, pencils, 1).status()).isEqualTo(409);

        // ---- Put-away into sections a supervisor created.
        createSections(supervisor, "A-01", "B-02", "A-02");
        ok(http.post("/ops/api/putaway", op, Map.of("barcode", pencilCode, "toSection", "A-01", "quantity", 12)));
        ok(http.post("/ops/api/putaway", op, Map.of("barcode", pencilCode, "toSection", "B-02", "quantity", 9)));
        ok(http.post("/ops/api/putaway", op, Map.of("barcode", eraserCode, "toSection", "A-02", "quantity", 11)));
        assertThat(availableStock(key, warehouse.id(), user, pencils)).isEqualTo(21);
        var inbound1 = ok(http.get("/ops/api/inbounds/" + in1, op)).json();
        assertThat(inbound1.path("lines").get(0).path("stocked").asInt()).isEqualTo(18);
        assertThat(ok(http.post("/ops/api/inbounds/" + in1 + "/close", op, "")).text("status")).isEqualTo("CLOSED");

        // ---- Ten orders are allocated.
        var orders = new ArrayList<Long>();
        for (int i = 0; i < 9; i++) {
            orders.add(order(pencils, 2));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouse.id());
        body.put("userId", user);
        body.put("products", List.of(Map.of("productId", erasers, "quantity", 2), Map.of("productId", pencils, "quantity", 1)));
        body.put("extraServices", List.of(Map.of("productId", erasers, "servicePlanItemId", sticker), Map.of("servicePlanItemId", wrapping)));
        body.put("shipTo", shipTo());
        long packed = ok(http.post("/shipapi/shipment/add", key, body)).id("Id");
        orders.add(packed);
        assertThat(orders).allSatisfy(id -> assertThat(opsOrder(id).path("status").asString()).isEqualTo("ALLOCATED"));
        assertThat(availableStock(key, warehouse.id(), user, pencils)).isEqualTo(2);

        // ---- One order more than the stock: held in error holding nothing, then retried once stock arrives.
        var tenant = accounts.authenticate(Dialect.SHIPAPI, key).orElseThrow();
        var shortOrder = placing.place(tenant, new OrderDraft(new MerchantId(user), new WarehouseId(warehouse.id()), OrderType.STOCK,
                null, null, new ShipTo("A", null, null, "1 Road", null, "Leeds", null, "LS1", "GB", null),
                List.of(new OrderDraft.Line(new ProductId(pencils), null, 3)), List.of(), null), ShortagePolicy.HOLD);
        long stockout = shortOrder.id().value();
        var held = opsOrder(stockout);
        assertThat(held.path("status").asString()).isEqualTo("ERROR");
        assertThat(held.path("errorType").asString()).isEqualTo("STOCKOUT");
        assertThat(availableStock(key, warehouse.id(), user, pencils)).isEqualTo(2);
        assertThat(ok(http.get("/ops/api/orders?status=ERROR", op)).json().size()).isEqualTo(1);
        assertThat(http.post("/ops/api/orders/" + stockout + "/retry", op, "").json().path("status").asString()).isEqualTo("ERROR");
        ok(http.post("/ops/api/inbounds/" + in2 + "/receipts", op, Map.of("barcode", pencilCode, "good", 2)));
        ok(http.post("/ops/api/putaway", op, Map.of("barcode", pencilCode, "toSection", "B-02", "quantity", 2)));
        var retried = ok(http.post("/ops/api/orders/" + stockout + "/retry", op, "")).json();
        assertThat(retried.path("status").asString()).isEqualTo("ALLOCATED");
        assertThat(retried.path("errorType").isNull()).as(retried.toString()).isTrue();

        // ---- A batch pick across four orders, in section order; one short pick re-allocates from elsewhere.
        var batch = List.of(orders.get(0), orders.get(1), orders.get(2), packed);
        var list = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", batch))).json();
        var sections = new ArrayList<String>();
        list.path("tasks").forEach(t -> sections.add(t.path("section").asString()));
        assertThat(sections).isSorted();
        assertThat(shipApiStatus(orders.get(0))).isEqualTo("InProcess");
        var refused = http.get("/shipapi/shipment/cancel/" + orders.get(0), key);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("Error")).contains("picking has started");
        assertThat(http.post("/ops/api/orders/" + orders.get(1) + "/cancel", op, "").status()).isEqualTo(409);

        long listId = list.path("id").asLong();
        JsonNode shortTask = null;
        for (var task : list.path("tasks")) {
            if (task.path("productId").asLong() == pencils && task.path("orderId").asLong() == orders.get(0)) {
                shortTask = task;
            }
        }
        var afterShort = ok(http.post("/ops/api/pick-lists/" + listId + "/tasks/" + shortTask.path("id").asLong() + "/short", op,
                Map.of("found", 1))).json();
        for (var task : afterShort.path("tasks")) {
            int remaining = task.path("quantity").asInt() - task.path("picked").asInt();
            if (remaining > 0) {
                var code = task.path("productId").asLong() == pencils ? pencilCode : eraserCode;
                ok(http.post("/ops/api/pick-lists/" + listId + "/picks", op, Map.of("section", task.path("section").asString(),
                        "barcode", code, "quantity", remaining)));
            }
        }
        assertThat(ok(http.get("/ops/api/pick-lists/" + listId, op)).text("status")).isEqualTo("DONE");
        assertThat(opsOrder(orders.get(0)).path("errorType").isNull()).isTrue();

        // ---- Pack one order into two packages; Wharf's own carrier labels them.
        var packedOrder = ok(http.post("/ops/api/orders/" + packed + "/pack", op, Map.of("packages", List.of(
                Map.of("box", "S", "weightKg", 0.9, "lengthCm", 20, "widthCm", 15, "heightCm", 10,
                        "items", List.of(Map.of("barcode", eraserCode, "quantity", 2))),
                Map.of("box", "XS", "weightKg", 0.5, "items", List.of(Map.of("barcode", pencilCode, "quantity", 1))))))).json();
        assertThat(packedOrder.path("status").asString()).isEqualTo("PACKED");
        var packages = packedOrder.path("packages");
        assertThat(packages.size()).isEqualTo(2);
        for (var pkg : packages) {
            var tracking = pkg.path("trackingNumber").asString();
            assertThat(tracking).matches("WHF\\d{10}");
            assertThat(pkg.path("labelSource").asString()).isEqualTo("WHARF");
            var pdf = http.getBytes("/ops/api/packages/" + pkg.path("id").asLong() + "/label.pdf", op);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(LabelReader.pageSize(pdf.body())).containsExactly(288f, 432f);
            assertThat(LabelReader.barcode(pdf.body())).isEqualTo(tracking);
            assertThat(LabelReader.text(pdf.body())).contains("MichaelKors").contains("Washington").contains("Wharf Post");
            var zpl = http.get("/ops/api/packages/" + pkg.path("id").asLong() + "/label.zpl", op);
            assertThat(zpl.body()).startsWith("^XA").contains("^FD" + tracking + "^FS").endsWith("^XZ");
        }
        var slip = http.getBytes("/ops/api/orders/" + packed + "/packing-slip.pdf", op);
        assertThat(LabelReader.text(slip.body())).contains(opsOrder(packed).path("number").asString()).contains(eraserCode);

        // ---- Ship and deliver: charges for shipping and services, statuses as the merchant sees them.
        var shipped = ok(http.post("/ops/api/orders/" + packed + "/ship", op, "")).json();
        assertThat(shipped.path("status").asString()).isEqualTo("SHIPPED");
        var details = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", packed, "labelPdf", false));
        assertThat(details.text("Status")).isEqualTo("Sended");
        assertThat(details.text("CarrierName")).isEqualTo("Wharf Post");
        assertThat(details.text("TrackNumber")).isEqualTo(packages.get(0).path("trackingNumber").asString());
        // Two packages at 4.45, 2 erasers de-stickered at 3.00, stretch wrap on 2 packages at 4.00.
        assertThat(details.json().path("TotalPrice").decimalValue()).isEqualByComparingTo("22.90");
        assertThat(details.json().path("PriceDetails").size()).isEqualTo(4);
        ok(http.post("/ops/api/orders/" + packed + "/deliver", op, ""));
        assertThat(shipApiStatus(packed)).isEqualTo("Delivered");
        var history = ok(http.get("/ops/api/orders/" + packed + "/events", op)).json();
        var transitions = new ArrayList<String>();
        history.forEach(e -> transitions.add(e.path("toStatus").asString()));
        assertThat(transitions).containsExactly("CREATED", "ALLOCATED", "PICKING", "PACKED", "SHIPPED", "DELIVERED");
        assertThat(history.get(4).path("actor").asString()).startsWith("operator");

        // ---- Returns: one restocked, one received damaged.
        int beforeReturns = availableStock(key, warehouse.id(), user, erasers);
        ok(http.post("/ops/api/returns", op, Map.of("orderId", packed, "barcode", eraserCode, "good", 1, "section", "A-02")));
        ok(http.post("/ops/api/returns", op, Map.of("orderId", packed, "barcode", eraserCode, "good", 0, "damaged", 1, "section", "A-02")));
        assertThat(availableStock(key, warehouse.id(), user, erasers)).isEqualTo(beforeReturns + 1);

        // ---- A cycle count finds a loss; a big difference waits for a supervisor.
        var stockA02 = ok(http.get("/ops/api/stock?section=A-02", op)).json();
        int okErasers = 0;
        for (var row : stockA02) {
            if ("ok".equals(row.path("condition").asString())) {
                okErasers += row.path("onHand").asInt();
            }
        }
        var count = ok(http.post("/ops/api/cycle-counts", op, Map.of("section", "A-02", "counts", List.of(
                Map.of("barcode", eraserCode, "condition", "ok", "counted", okErasers - 1),
                Map.of("barcode", eraserCode, "condition", "damaged", "counted", 1))))).json();
        assertThat(count.path("status").asString()).isEqualTo("APPLIED");
        assertThat(count.path("lines").get(0).path("difference").asInt()).isEqualTo(-1);
        int erasersBefore = availableStock(key, warehouse.id(), user, erasers);
        var big = ok(http.post("/ops/api/cycle-counts", op, Map.of("section", "A-02", "counts", List.of(
                Map.of("barcode", eraserCode, "condition", "ok", "counted", okErasers - 1 + 15),
                Map.of("barcode", eraserCode, "condition", "damaged", "counted", 1))))).json();
        assertThat(big.path("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(availableStock(key, warehouse.id(), user, erasers)).as("nothing changes before approval").isEqualTo(erasersBefore);
        var byOperator = http.post("/ops/api/cycle-counts/" + big.path("id").asLong() + "/approve", op, "");
        assertThat(byOperator.status()).as("an operator may not approve: forbidden, not a state conflict").isEqualTo(403);
        assertThat(byOperator.json().path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(byOperator.json().path("detail").asString()).startsWith("role: ");
        var approved = ok(http.post("/ops/api/cycle-counts/" + big.path("id").asLong() + "/approve", supervisor, "")).json();
        assertThat(approved.path("status").asString()).isEqualTo("APPLIED");
        assertThat(approved.path("approvedBy").asString()).startsWith("supervisor");
        assertThat(availableStock(key, warehouse.id(), user, erasers)).isEqualTo(erasersBefore + 15);
        var reservedHere = http.post("/ops/api/cycle-counts", op, Map.of("section", "B-02", "counts", List.of()));
        assertThat(reservedHere.status()).isEqualTo(409);
        assertThat(reservedHere.text("detail")).contains("reserved for orders");

        // ---- The last orders are picked one by one and shipped with an outside label.
        long single = orders.get(3);
        var singleList = ok(http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(single)))).json();
        for (var task : singleList.path("tasks")) {
            ok(http.post("/ops/api/pick-lists/" + singleList.path("id").asLong() + "/picks", op, Map.of(
                    "section", task.path("section").asString(), "productId", pencils, "quantity", task.path("quantity").asInt())));
        }
        ok(http.post("/ops/api/orders/" + single + "/ship", op, Map.of("carrier", "Royal Mail", "service", "1st Class",
                "trackingNumber", "RM123456789GB", "cost", 3.20)));
        assertThat(http.get("/shipapi/shipment/getStatus/" + single, key).text("TrackNumber")).isEqualTo("RM123456789GB");

        // ---- At the end of the day: the ledger equals the balances.
        assertLedgerAgreesWithBalances();
        assertThat(shipApiStatus(orders.get(8))).isEqualTo("NewShipment");
    }
}
