package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.inventory.MovementGateProbe;
import dev.wharf.support.Http;
import dev.wharf.support.Waits;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poller must never miss a movement because its transaction committed after the poller read
 * the window: a read waits for ledger writers in flight, then sees what they wrote.
 */
class MovementWindowTest extends DeliverrFixture {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private ReceivingGoods receiving;

    @Autowired
    private ApplicationContext context;

    @Test
    void a_movement_committing_late_is_in_the_window_read_while_it_was_in_flight() throws Exception {
        anIntegration();
        var sku = unique("LATE");
        var barcode = unique("BC");
        http.post("/deliverr/product", basic, productJson(sku, barcode));
        long asn = 900000 + Math.abs(sku.hashCode() % 1000);
        http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 3));
        long inbound = http.get("/ops/api/inbounds?q=TRK" + asn, op).json().get(0).path("id").asLong();
        long product = http.get("/ops/api/products?barcode=" + barcode, op).json().get(0).path("id").asLong();
        var from = WIRE.format(Instant.now().minusSeconds(5).atOffset(ZoneOffset.UTC));

        var written = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var writer = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            receiving.receive(new InboundId(inbound), new ProductId(product), 3, 0, "A-1", "slow-writer");
            written.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();

        // The receipt is stamped but not committed. A poller reads a window covering its time...
        var to = WIRE.format(Instant.now().plusSeconds(5).atOffset(ZoneOffset.UTC));
        CompletableFuture<Http.Answer> poll = CompletableFuture.supplyAsync(() ->
                http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code() + "&fromTime=" + from + "&toTime=" + to, basic));
        // Released only once the read is queued at the gate: a read that did not wait would have
        // answered by then, without the movement, and the assertions below would fail.
        Waits.until(20, () -> MovementGateProbe.aReaderIsWaiting(context) || poll.isDone());
        assertThat(MovementGateProbe.aReaderIsWaiting(context)).as("the read is queued at the gate").isTrue();
        assertThat(poll).as("the read waits for the writer in flight").isNotDone();

        release.countDown();
        writer.get(20, TimeUnit.SECONDS);
        var answer = poll.get(20, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().size()).as("...and sees the movement once it commits").isEqualTo(1);
        assertThat(answer.json().get(0).path("movementType").asString()).isEqualTo("RECEIVE");
        assertThat(answer.json().get(0).path("deliverrAsnId").asLong()).isEqualTo(asn);
    }
}
