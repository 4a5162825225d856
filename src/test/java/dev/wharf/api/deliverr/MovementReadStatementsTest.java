package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.account.MerchantId;
import dev.wharf.inventory.StockMovement;
import dev.wharf.inventory.StockMovements;
import dev.wharf.support.StatementCounting;
import dev.wharf.warehouse.WarehouseId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The movement report costs the same few statements whatever the window holds: no statement
 * per row for its product, none per row for its document. Statements are counted on the test's
 * own thread only, so nothing else the service does at the same time is counted.
 */
@Import(StatementCounting.class)
class MovementReadStatementsTest extends DeliverrFixture {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Autowired
    private StockMovements movements;

    /** An integration that received one ASN per SKU given; its merchant. */
    private MerchantId receivedOnePerSku(List<String> skus) {
        anIntegration();
        for (var sku : skus) {
            var barcode = unique("BC");
            assertThat(http.post("/deliverr/product", basic, productJson(sku, barcode)).status()).isEqualTo(201);
            long asn = Math.abs((long) (sku + "asn").hashCode());
            assertThat(http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 2)).status()).isEqualTo(200);
            receive(ops("TRK" + asn), barcode, 2, 0, null);
        }
        return new MerchantId(jdbc.sql("select id from merchant where account_id = :a").param("a", accountId).query(Long.class).single());
    }

    @Test
    void a_window_of_many_rows_runs_as_many_statements_as_a_window_of_one() {
        var start = Instant.now().minusSeconds(5);
        var one = receivedOnePerSku(List.of(unique("ONE")));
        var oneWarehouse = new WarehouseId(warehouse.id());
        var many = receivedOnePerSku(List.of(unique("A"), unique("B"), unique("C"), unique("D")));
        var manyWarehouse = new WarehouseId(warehouse.id());
        var end = Instant.now().plusSeconds(5);

        var read = new Object() {
            List<StockMovement> answer;
        };
        int forOne = StatementCounting.onThisThread(() -> read.answer = movements.of(Set.of(one), oneWarehouse, start, end));
        assertThat(read.answer).hasSize(1);
        int forMany = StatementCounting.onThisThread(() -> read.answer = movements.of(Set.of(many), manyWarehouse, start, end));
        assertThat(read.answer).hasSize(4).allSatisfy(m -> {
            assertThat(m.sku()).isNotNull();
            assertThat(m.documentExternalId()).isNotNull();
        });

        assertThat(forOne).as("statements are counted at all").isPositive();
        assertThat(forMany).as("statements for 4 rows, 4 products, 4 inbounds").isEqualTo(forOne);
        assertThat(forMany).as("ledger, SKUs, one per kind of document (and the writers' gate on PostgreSQL)").isLessThanOrEqualTo(4);
    }

    @Test
    void the_partner_reads_only_its_own_movements_with_sku_and_asn_id() {
        var start = Instant.now().minusSeconds(5);
        var sku = unique("MINE");
        receivedOnePerSku(List.of(sku));
        var mine = basic;
        var shared = warehouse.code();
        long myAsn = Math.abs((long) (sku + "asn").hashCode());
        // Another integration's stock in the same warehouse must not show.
        var otherAccount = integration();
        var otherSku = unique("THEIRS");
        var otherBarcode = unique("BC");
        assertThat(http.post("/deliverr/product", otherAccount[0], productJson(otherSku, otherBarcode)).status()).isEqualTo(201);
        long otherAsn = Math.abs((long) (otherSku + "asn").hashCode());
        assertThat(http.post("/deliverr/asn", otherAccount[0], asnJson(otherAsn, shared, otherSku, 3)).status()).isEqualTo(200);
        receive(ops("TRK" + otherAsn), otherBarcode, 3, 0, null);

        var window = "&fromTime=" + WIRE.format(start.atOffset(ZoneOffset.UTC))
                + "&toTime=" + WIRE.format(Instant.now().plusSeconds(5).atOffset(ZoneOffset.UTC));
        var answer = http.get("/deliverr/inventory/movements?warehouse=" + shared + window, mine);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().size()).as(answer.body()).isEqualTo(1);
        assertThat(answer.json().get(0).path("sku").asString()).isEqualTo(sku);
        assertThat(answer.json().get(0).path("deliverrAsnId").asLong()).isEqualTo(myAsn);
        assertThat(answer.json().get(0).path("quantity").asInt()).isEqualTo(2);
    }
}
