package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Returns in the console: the parcel received by any of its names, each unit restocked, kept as damaged or disposed of. */
class ReturnScreensTest extends OutboundFloorFixture {

    private static final String API = LogisticsBodies.API;

    @Autowired
    private JdbcClient jdbc;

    private String token;
    private String sku;
    private String barcode;

    @BeforeEach
    void merchant() {
        warehouse = newWarehouse("GBP");
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("merchant"), "dialect", "logistics",
                "warehouseCode", warehouse.code()));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        token = "Bearer " + account.text("token");
        barcode = unique("BC");
        var product = http.post(API + "/products", token, Map.of("name", "Widget", "merchantSku", unique("MSKU"), "barcodes", List.of(barcode)));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        sku = product.text("logisticsSku");
    }

    /** A return announced by the merchant: answers its id; its RMA and label tracking code are in the answer. */
    private Map<String, String> announced(int quantity) {
        var body = LogisticsBodies.aReturn(unique("R"), sku, quantity);
        var created = http.post(API + "/returns", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Map.of("id", Long.toString(created.id("id")), "rma", created.text("rma"),
                "tracking", created.json().path("shippingLabel").path("trackingCode").asString());
    }

    private int units(String condition) {
        return jdbc.sql("""
                select coalesce(sum(b.on_hand), 0) from inventory_balance b join product p on p.id = b.product_id
                where b.warehouse_id = :w and p.id = (select product_id from product_barcode where barcode = :bc)
                  and b.condition = :c""").param("w", warehouse.id()).param("bc", barcode).param("c", condition)
                .query(Integer.class).single();
    }

    @Test
    void a_return_is_received_by_its_tracking_number_and_each_unit_goes_where_the_inspector_says() {
        var r = announced(3);
        var op = floorClient(account(warehouse.code(), "operator"));
        assertThat(banner(scan(op, "/console/returns", "NO-SUCH-RMA"))).startsWith("refused:").contains("Not found");

        var received = op.submit("/console/returns", Map.of("code", r.get("tracking")));
        assertThat(path(received)).isEqualTo("/console/returns/" + r.get("id"));
        var page = op.get(path(received));
        assertThat(banner(page)).startsWith("ok:").contains("Return " + r.get("rma") + " received");
        assertThat(page.body()).contains("0 / 3", "received, to inspect");
        assertThat(banner(scan(op, "/console/returns", r.get("rma")))).as("received once").startsWith("refused:").contains("already received");

        var inspect = "/console/returns/" + r.get("id") + "/inspect";
        var restocked = submitAndFollow(op, inspect, Map.of("code", barcode, "receivedCondition", "NEW", "finalCondition", "NEW",
                "disposition", "RESTOCK", "section", "RET-1"));
        assertThat(banner(restocked)).startsWith("ok:").contains(barcode + ": restock");
        assertThat(restocked.body()).as("the section is remembered").contains("value=\"RET-1\"");
        assertThat(banner(submitAndFollow(op, inspect, Map.of("code", barcode, "receivedCondition", "DAMAGED", "finalCondition", "DAMAGED",
                "disposition", "DAMAGED", "section", "RET-1")))).startsWith("ok:").contains("damaged stock");
        var last = submitAndFollow(op, inspect, Map.of("code", barcode, "receivedCondition", "UNSELLABLE", "finalCondition", "UNSELLABLE",
                "disposition", "DISPOSE", "section", ""));
        assertThat(banner(last)).startsWith("ok:").contains("dispose", "Every unit is inspected");
        assertThat(last.body()).contains("3 / 3", "processed").doesNotContain("id=\"scan-code\"");

        assertThat(units("OK")).isEqualTo(1);
        assertThat(units("DAMAGED")).isEqualTo(1);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void a_unit_of_another_product_is_refused_and_only_a_supervisor_closes_a_return_whose_rest_never_came() {
        var r = announced(2);
        var op = floorClient(account(warehouse.code(), "operator"));
        var received = op.submit("/console/returns", Map.of("code", r.get("rma")));
        assertThat(op.get(path(received)).status()).isEqualTo(200);
        var inspect = "/console/returns/" + r.get("id") + "/inspect";
        assertThat(banner(submitAndFollow(op, inspect, Map.of("code", "NOT-A-PRODUCT", "receivedCondition", "NEW", "finalCondition", "NEW",
                "disposition", "RESTOCK", "section", "RET-1")))).startsWith("refused:");
        assertThat(banner(submitAndFollow(op, inspect, Map.of("code", barcode, "receivedCondition", "NEW", "finalCondition", "NEW",
                "disposition", "RESTOCK", "section", "")))).as("a restocked unit needs a section").startsWith("refused:").contains("section");
        assertThat(units("OK")).isZero();

        var refused = submitAndFollow(op, "/console/returns/" + r.get("id") + "/close", Map.of());
        assertThat(banner(refused)).startsWith("refused:").contains("supervisor");
        var supervisor = floorClient(account(warehouse.code(), "supervisor"));
        assertThat(supervisor.get("/console/returns/" + r.get("id")).body()).contains("id=\"close-return\"");
        var closed = submitAndFollow(supervisor, "/console/returns/" + r.get("id") + "/close", Map.of());
        assertThat(banner(closed)).startsWith("ok:").contains("Return closed");
        assertThat(closed.body()).contains("processed");
    }

    @Test
    void another_warehouses_return_is_not_found_and_not_received() {
        var r = announced(1);
        var elsewhere = newWarehouse("GBP");
        var op = floorClient(account(elsewhere.code(), "operator"));
        assertThat(banner(scan(op, "/console/returns", r.get("rma")))).startsWith("refused:").contains("Not found");
        assertThat(banner(scan(op, "/console/returns", r.get("id")))).startsWith("refused:").contains("Not found");
        assertThat(op.get("/console/returns/" + r.get("id")).status()).isEqualTo(404);
    }
}
