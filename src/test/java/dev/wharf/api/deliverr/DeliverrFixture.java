package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A Deliverr integration with Basic credentials, a warehouse, an operator there and a rate for FEDEX GROUND. */
abstract class DeliverrFixture extends WharfIntegrationTest {

    protected WarehouseRef warehouse;
    protected String basic;
    protected long accountId;
    protected String op;

    protected void anIntegration() {
        warehouse = newWarehouse("USD");
        var account = integration();
        basic = account[0];
        accountId = Long.parseLong(account[1]);
        op = operatorOf(warehouse.code(), "supervisor");
        createSections(op, "A-1");
        addRate(warehouse.id(), "FEDEX", "GROUND", "0", "30", "7.85");
    }

    /** [Authorization header, account id] of a new deliverr integration. */
    protected String[] integration() {
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("deliverr"), "dialect", "deliverr"));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        var pair = account.text("username") + ":" + account.text("password");
        return new String[] {"Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                Long.toString(account.id("id"))};
    }

    protected String productJson(String sku, String barcode) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"" + sku + "\",\"description\":\"Hello Kitty plush\",\"costInUSD\":13,"
                + "\"weight\":5.2,\"length\":3,\"width\":2,\"height\":1,\"caseQty\":0,\"weightUnit\":\"lb\",\"lengthUnit\":\"in\","
                + "\"hsTariffCode\":\"123-456\",\"countryOfOrigin\":\"US\",\"barcodes\":[\"" + barcode + "\"],\"msku\":\"MY-OWN-SKU\"}";
    }

    protected String asnJson(long id, String warehouseCode, String sku, int quantity) {
        return "{\"deliverrAsnId\":" + id + ",\"createdDate\":\"2020-02-11T13:17:19-08:00\",\"expectedDate\":\"2030-02-25T13:17:19-08:00\","
                + "\"shipToWarehouse\":\"" + warehouseCode + "\",\"trackingNumber\":\"TRK" + id + "\",\"notes\":\"\","
                + "\"asnItems\":[{\"sku\":\"" + sku + "\",\"quantityExpected\":" + quantity + "}]}";
    }

    protected String shipmentJson(long id, String warehouseCode, String sku, int quantity) {
        return "{\"deliverrShipmentId\":" + id + ",\"shippingAddress\":{\"name\":\"Jane\",\"street1\":\"110 Sutter St\","
                + "\"street2\":\"Floor 9\",\"city\":\"San Francisco\",\"state\":\"CA\",\"zip\":\"94104\",\"country\":\"US\","
                + "\"email\":\"jane@example.com\",\"phone\":null,\"company\":null,\"isResidential\":true},"
                + "\"shippingMethod\":\"FEDEX.GROUND\",\"lineItems\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}],"
                + "\"boxName\":\"10x10x10 Box\",\"notes\":\"gift\",\"warehouse\":\"" + warehouseCode + "\",\"carrierAccount\":\"908245393\"}";
    }

    protected Http.Answer put(String path, String authorization, String body) {
        return http.send(http.builder(path, authorization).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    protected void pickAll(long orderId) {
        var list = http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(orderId)));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (var task : list.json().path("tasks")) {
            var pick = http.post("/ops/api/pick-lists/" + list.json().path("id").asLong() + "/picks", op, Map.of("section",
                    task.path("section").asString(), "productId", task.path("productId").asLong(), "quantity", task.path("quantity").asInt()));
            assertThat(pick.status()).as(pick.body()).isEqualTo(200);
        }
    }

    /** The Wharf order behind a Deliverr shipment, found the way the floor finds it. */
    protected long orderOf(long deliverrShipmentId) {
        for (var order : http.get("/ops/api/orders", op).json()) {
            if (order.path("shippingMethod").asString().equals("FEDEX.GROUND")) {
                var events = http.get("/ops/api/orders/" + order.path("id").asLong(), op);
                if (events.status() == 200 && matches(order.path("id").asLong(), deliverrShipmentId)) {
                    return order.path("id").asLong();
                }
            }
        }
        throw new AssertionError("no order for shipment " + deliverrShipmentId);
    }

    /** The ops API id of the inbound behind an ASN, found by its tracking number as the floor finds it. */
    protected long ops(String tracking) {
        var found = http.get("/ops/api/inbounds?q=" + tracking, op).json();
        assertThat(found.size()).isEqualTo(1);
        return found.get(0).path("id").asLong();
    }

    /** Receives units at the dock through the ops API; a weight also measures the product. */
    protected void receive(long inbound, String barcode, int good, int damaged, Double weightLb) {
        var body = new java.util.HashMap<String, Object>(Map.of("barcode", barcode, "good", good, "damaged", damaged));
        if (weightLb != null) {
            body.put("weightKg", weightLb);
            body.put("lengthCm", 10);
            body.put("widthCm", 5);
            body.put("heightCm", 2.54);
        }
        var answer = http.post("/ops/api/inbounds/" + inbound + "/receipts", op, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @org.springframework.beans.factory.annotation.Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private boolean matches(long orderId, long deliverrShipmentId) {
        return jdbc.sql("select count(*) from outbound_order where id = :id and external_id = :e").param("id", orderId)
                .param("e", Long.toString(deliverrShipmentId)).query(Long.class).single() == 1;
    }
}
