package dev.wharf.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.Race;
import dev.wharf.support.WharfIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Putaway names only sections a supervisor created, and puts away each received unit once. */
class SectionsAndPutawayTest extends WharfIntegrationTest {

    private WarehouseRef warehouse;
    private String op;
    private String supervisor;
    private String key;
    private long user;
    private long product;
    private String code;

    @BeforeEach
    void aWarehouseAndAProduct() {
        warehouse = newWarehouse("GBP");
        op = operatorOf(warehouse.code(), "operator");
        supervisor = operatorOf(warehouse.code(), "supervisor");
        key = newShipApiKey();
        user = createUser(key, warehouse.id());
        code = unique("PUT");
        product = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse.id(), "userId", user,
                "title", "Mug", "SKU", code, "barcode", code)).id("Id");
    }

    private Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    private long receivedAtTheDock(int good) {
        long inbound = announceInbound(key, user, warehouse.id(), product, good).id("Id");
        ok(http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", code, "good", good)));
        return inbound;
    }

    private Http.Answer putAway(String section, int quantity) {
        return http.post("/ops/api/putaway", op, Map.of("barcode", code, "toSection", section, "quantity", quantity));
    }

    @Test
    void putaway_to_a_section_nobody_created_is_refused_naming_it_and_creates_nothing() {
        receivedAtTheDock(4);
        var before = rowCounts();
        var refused = putAway("A-0I", 4);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).startsWith("toSection:").contains("A-0I");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(ok(http.get("/ops/api/sections", op)).json().findValuesAsString("code")).doesNotContain("A-0I");
    }

    @Test
    void a_supervisor_creates_sections_once_and_anyone_lists_them_a_page_at_a_time() {
        var byOperator = http.post("/ops/api/sections", op, Map.of("code", "B-01"));
        assertThat(byOperator.status()).isEqualTo(403);
        var created = ok(http.post("/ops/api/sections", supervisor, Map.of("code", "B-01"))).json();
        assertThat(created.path("code").asString()).isEqualTo("B-01");
        assertThat(created.path("kind").asString()).isEqualTo("STORAGE");
        var again = http.post("/ops/api/sections", supervisor, Map.of("code", "B-01"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).startsWith("code:");
        assertThat(http.post("/ops/api/sections", supervisor, Map.of("code", "B 02")).status()).isEqualTo(400);
        createSections(supervisor, "B-02", "B-03");

        var first = ok(http.get("/ops/api/sections?limit=2", op)).json();
        assertThat(first.findValuesAsString("code")).containsExactly("B-01", "B-02");
        var next = ok(http.get("/ops/api/sections?limit=2&after=B-02", op)).json();
        assertThat(next.findValuesAsString("code")).containsExactly("B-03");
        assertThat(http.get("/ops/api/sections?limit=201", op).status()).isEqualTo(400);
        var elsewhere = operatorOf(newWarehouse("GBP").code(), "operator");
        assertThat(ok(http.get("/ops/api/sections", elsewhere)).json().size()).isZero();
    }

    @Test
    void units_received_once_are_put_away_once() {
        long inbound = receivedAtTheDock(5);
        createSections(supervisor, "C-01", "C-02");
        ok(putAway("C-01", 3));
        var tooMany = putAway("C-02", 3);
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(409);
        assertThat(tooMany.text("detail")).startsWith("quantity:").contains("only 2");
        ok(putAway("C-02", 2));
        assertThat(putAway("C-02", 1).status()).isEqualTo(409);
        var line = ok(http.get("/ops/api/inbounds/" + inbound, op)).json().path("lines").get(0);
        assertThat(line.path("good").asInt()).isEqualTo(5);
        assertThat(line.path("stocked").asInt()).isEqualTo(5);
        assertThat(availableStock(key, warehouse.id(), user, product)).isEqualTo(5);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void a_putaway_names_the_inbound_whose_receipt_it_consumes() {
        long first = receivedAtTheDock(2);
        long second = receivedAtTheDock(3);
        createSections(supervisor, "D-01");
        var beyondTheSecond = http.post("/ops/api/putaway", op, Map.of("barcode", code, "toSection", "D-01", "quantity", 4,
                "inboundId", second));
        assertThat(beyondTheSecond.status()).isEqualTo(409);
        assertThat(beyondTheSecond.text("detail")).startsWith("quantity:");
        ok(http.post("/ops/api/putaway", op, Map.of("barcode", code, "toSection", "D-01", "quantity", 3, "inboundId", second)));
        assertThat(ok(http.get("/ops/api/inbounds/" + second, op)).json().path("lines").get(0).path("stocked").asInt()).isEqualTo(3);
        assertThat(ok(http.get("/ops/api/inbounds/" + first, op)).json().path("lines").get(0).path("stocked").asInt()).isZero();
    }

    @Test
    void concurrent_putaways_of_the_same_received_units_put_them_away_once() throws Exception {
        long inbound = receivedAtTheDock(10);
        createSections(supervisor, "E-01");
        var answers = Race.run(4, i -> putAway("E-01", 5));
        assertThat(answers.stream().filter(a -> a.status() == 200).count()).as(answers.toString()).isEqualTo(2);
        assertThat(answers.stream().filter(a -> a.status() != 200)).allSatisfy(a -> assertThat(a.status()).isEqualTo(409));
        var line = ok(http.get("/ops/api/inbounds/" + inbound, op)).json().path("lines").get(0);
        assertThat(line.path("stocked").asInt()).isEqualTo(10);
        assertThat(availableStock(key, warehouse.id(), user, product)).isEqualTo(10);
        assertLedgerAgreesWithBalances();
    }
}
