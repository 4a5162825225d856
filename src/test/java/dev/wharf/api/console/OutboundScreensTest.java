package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pick, pack and ship in the console over plain HTTP: each scan answered green or red, the core's state after. */
class OutboundScreensTest extends OutboundFloorFixture {

    @Autowired
    private JdbcClient jdbc;

    private String pencils;
    private String erasers;
    private long pencilId;
    private long eraserId;

    @BeforeEach
    void floor() {
        aWarehouseWithAMerchant();
        pencils = unique("PEN");
        erasers = unique("ERA");
        pencilId = product(merchant, pencils);
        eraserId = product(merchant, erasers);
        stock(key, merchant, warehouse.id(), pencilId, 2, "B-02");
        stock(key, merchant, warehouse.id(), eraserId, 3, "A-01");
    }

    @Test
    void an_order_is_picked_section_by_section_packed_by_scanning_each_unit_labelled_and_shipped() {
        long order = order(merchant, pencilId, 2, eraserId, 1);
        var client = floorClient(account(warehouse.code(), "operator"));

        var started = client.submit("/console/pick", Map.of("code", Long.toString(order)));
        assertThat(started.status()).isEqualTo(302);
        var listPath = path(started);
        var list = client.get(listPath);
        assertThat(banner(list)).startsWith("ok:").contains("Go to section A-01");
        assertThat(list.body().indexOf(">A-01<")).as("walking order").isPositive().isLessThan(list.body().indexOf(">B-02<"));
        assertThat(orderStatus(order)).isEqualTo("PICKING");

        assertThat(banner(scan(client, listPath + "/scan", erasers))).startsWith("refused:").contains("Scan the section first");
        assertThat(banner(scan(client, listPath + "/scan", "A-01"))).startsWith("ok:").contains("Section A-01", "Scan " + erasers);
        assertThat(banner(scan(client, listPath + "/scan", pencils))).as("a pencil is not to be picked in A-01").startsWith("refused:");
        assertThat(banner(scan(client, listPath + "/scan", erasers))).startsWith("ok:").contains("Go to section B-02");
        assertThat(banner(scan(client, listPath + "/scan", "b-02"))).startsWith("ok:").contains("Scan " + pencils + ": 2 more");
        scan(client, listPath + "/scan", pencils);
        assertThat(banner(scan(client, listPath + "/scan", pencils))).startsWith("ok:").contains("Pick list done");

        var packing = client.submit("/console/pack", Map.of("code", Long.toString(order)));
        var packPath = path(packing);
        assertThat(packPath).isEqualTo("/console/pack/" + order);
        scan(client, packPath + "/scan", pencils);
        assertThat(banner(scan(client, packPath + "/scan", pencils))).startsWith("ok:").contains(pencils + " confirmed (2 of 2)");
        assertThat(banner(scan(client, packPath + "/scan", pencils))).startsWith("refused:").contains("confirmed already");
        var confirmed = scan(client, packPath + "/scan", erasers);
        assertThat(banner(confirmed)).startsWith("ok:").contains("Every unit is confirmed");
        assertThat(confirmed.body()).contains("id=\"weight\"");

        var packed = submitAndFollow(client, packPath + "/pack", Map.of("box", "S", "weightKg", "0,9"));
        assertThat(banner(packed)).startsWith("ok:").contains("Packed: tracking number WHF");
        assertThat(orderStatus(order)).isEqualTo("PACKED");
        var packageId = jdbc.sql("select id from outbound_package where order_id = :o").param("o", order).query(Long.class).single();
        var pdf = client.get("/console/packages/" + packageId + "/label.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        var zpl = client.get("/console/packages/" + packageId + "/label.zpl");
        assertThat(zpl.status()).isEqualTo(200);
        assertThat(zpl.body()).startsWith("^XA");
        var slip = client.get("/console/orders/" + order + "/packing-slip.pdf");
        assertThat(slip.status()).isEqualTo(200);
        assertThat(slip.body()).startsWith("%PDF");

        var tracking = jdbc.sql("select tracking_number from outbound_package where id = :p").param("p", packageId).query(String.class).single();
        assertThat(client.get("/console/ship").body()).contains(">" + order + "<", tracking);
        var onManifest = scan(client, "/console/ship", tracking);
        assertThat(banner(onManifest)).startsWith("ok:").contains(tracking + " is on the WHARF POST manifest (1 packages)");
        assertThat(onManifest.body()).contains("id=\"manifest-packages\"").doesNotContain("id=\"close-manifest\"");
        assertThat(banner(scan(client, "/console/ship", "NO-SUCH-PARCEL"))).startsWith("refused:").contains("Not found");
        assertThat(orderStatus(order)).as("on the manifest, not yet collected").isEqualTo("PACKED");

        var supervisor = floorClient(account(warehouse.code(), "supervisor"));
        var manifest = supervisor.get("/console/ship?carrier=Wharf%20Post");
        assertThat(manifest.body()).contains("id=\"close-manifest\"", tracking);
        assertThat(client.submit("/console/supervisor/manifests/close", Map.of("carrier", "WHARF POST")).status())
                .as("an operator closes no manifest").isEqualTo(403);
        var closed = submitAndFollow(supervisor, "/console/supervisor/manifests/close", Map.of("carrier", "WHARF POST"));
        assertThat(banner(closed)).startsWith("ok:").contains("WHARF POST manifest closed: 1 orders shipped, 0 waiting, 0 refused");
        assertThat(orderStatus(order)).isEqualTo("SHIPPED");
        assertThat(availableStock(key, warehouse.id(), merchant, pencilId)).isZero();
        assertThat(availableStock(key, warehouse.id(), merchant, eraserId)).isEqualTo(2);
        assertLedgerAgreesWithBalances();
    }

    /** Starts a pick list for the order and answers its page's path (the browser follows the redirect). */
    private String started(ConsoleClient client, long order) {
        var started = client.submit("/console/pick", Map.of("code", Long.toString(order)));
        assertThat(started.status()).isEqualTo(302);
        assertThat(client.get(path(started)).status()).isEqualTo(200);
        return path(started);
    }

    @Test
    void a_label_bought_outside_wharf_keeps_its_tracking_number_and_goes_on_its_carriers_manifest() {
        addRate(warehouse.id(), "UPS", "GROUND", "0", "30", "7.95");
        long order = order(merchant, eraserId, 1);
        var client = floorClient(account(warehouse.code(), "operator"));
        var listPath = started(client, order);
        scan(client, listPath + "/scan", "A-01");
        scan(client, listPath + "/scan", erasers);
        var packPath = path(client.submit("/console/pack", Map.of("code", Long.toString(order))));
        scan(client, packPath + "/scan", erasers);
        var tracking = unique("1Z");
        var packed = submitAndFollow(client, packPath + "/pack", Map.of("box", "M", "weightKg", "1.5", "carrier", "UPS", "service", "GROUND",
                "trackingNumber", tracking));
        assertThat(banner(packed)).startsWith("ok:").contains("Packed: tracking number " + tracking);
        assertThat(packed.body()).doesNotContain("id=\"label-pdf-");

        assertThat(banner(scan(client, "/console/ship", tracking))).startsWith("ok:").contains("on the UPS manifest");
        var supervisor = floorClient(account(warehouse.code(), "supervisor"));
        assertThat(banner(submitAndFollow(supervisor, "/console/supervisor/manifests/close", Map.of("carrier", "UPS"))))
                .startsWith("ok:").contains("1 orders shipped");
        var shipped = http.get("/ops/api/orders/" + order, operatorOf(warehouse.code(), "operator")).json();
        assertThat(shipped.path("trackingNumber").asString()).isEqualTo(tracking);
        assertThat(shipped.path("status").asString()).isEqualTo("SHIPPED");
        assertLedgerAgreesWithBalances();
    }

    @Test
    void a_short_pick_writes_the_missing_units_off_for_the_reason_the_picker_gave() {
        long order = order(merchant, eraserId, 3);
        var client = floorClient(account(warehouse.code(), "operator"));
        var listPath = started(client, order);
        long taskId = jdbc.sql("select id from pick_task where order_id = :o").param("o", order).query(Long.class).single();
        scan(client, listPath + "/scan", "A-01");
        scan(client, listPath + "/scan", erasers);

        var refused = submitAndFollow(client, listPath + "/tasks/" + taskId + "/short", Map.of("found", "1", "reason", "FOUND"));
        assertThat(banner(refused)).startsWith("refused:").contains("reason");
        var shorted = submitAndFollow(client, listPath + "/tasks/" + taskId + "/short", Map.of("found", "1", "reason", "DAMAGED"));
        assertThat(banner(shorted)).startsWith("ok:").contains("Short pick recorded: 1 found");

        var reasons = jdbc.sql("select reason from inventory_movement where product_id = :p and on_hand_delta < 0")
                .param("p", eraserId).query(String.class).list();
        assertThat(reasons).containsExactly("DAMAGED");
        assertThat(orderStatus(order)).as("no other stock replaces the missing unit").isEqualTo("PICKING");
        assertLedgerAgreesWithBalances();
    }

    @Test
    void a_pick_scan_matches_only_products_of_the_merchants_on_the_list_even_when_another_shares_the_barcode() {
        var shared = unique("SHARED");
        long mine = product(merchant, unique("MINE"), shared);
        long other = createUser(key, warehouse.id());
        long lookalike = product(other, unique("OTHER"), shared);
        stock(key, merchant, warehouse.id(), mine, 1, "A-01");
        stock(key, other, warehouse.id(), lookalike, 1, "A-01");
        long order = order(merchant, mine, 1);
        var client = floorClient(account(warehouse.code(), "operator"));
        var listPath = started(client, order);
        scan(client, listPath + "/scan", "A-01");

        assertThat(banner(scan(client, listPath + "/scan", shared))).startsWith("ok:").contains("Pick list done");
        assertThat(availableStock(key, warehouse.id(), other, lookalike)).isEqualTo(1);
    }

    @Test
    void the_floor_screens_answer_in_turkish_when_asked() {
        long order = order(merchant, eraserId, 1);
        var client = floorClient(account(warehouse.code(), "operator"));
        assertThat(client.get("/console/pick?lang=tr").body()).contains("Toplama", "Toplanmayı bekleyen siparişler");
        var listPath = started(client, order);
        assertThat(client.submit(listPath + "/scan?lang=tr", Map.of("code", erasers)).status()).isEqualTo(302);
        assertThat(banner(client.get(listPath))).startsWith("refused:").contains("Önce rafı okutun", "A-01 rafına gidin");
        assertThat(client.get("/console/ship?lang=tr").body()).contains("Sevk", "Her koliyi okutun");
        assertThat(client.get("/console/returns?lang=tr").body()).contains("İade kolisini okutun");
    }

    @Test
    void a_scan_of_an_order_of_another_warehouse_is_refused_as_not_found_and_starts_nothing() {
        long order = order(merchant, eraserId, 1);
        var elsewhere = newWarehouse("GBP");
        var client = floorClient(account(elsewhere.code(), "operator"));
        assertThat(banner(scan(client, "/console/pick", Long.toString(order)))).startsWith("refused:").contains("Not found");
        assertThat(banner(scan(client, "/console/pack", Long.toString(order)))).startsWith("refused:").contains("Not found");
        assertThat(client.get("/console/pack/" + order).status()).isEqualTo(404);
        assertThat(orderStatus(order)).isEqualTo("ALLOCATED");
    }
}
