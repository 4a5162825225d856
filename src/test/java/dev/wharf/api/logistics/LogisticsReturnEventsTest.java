package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.returns.ReturnCancelled;
import dev.wharf.returns.ReturnCreated;
import dev.wharf.returns.ReturnEvent;
import dev.wharf.returns.ReturnProcessed;
import dev.wharf.returns.ReturnReceived;
import dev.wharf.returns.ReturnShipped;
import dev.wharf.returns.ReturnStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** Every status change of a return is published as its own typed event, for the webhooks (Return.Updated) to pick up. */
class LogisticsReturnEventsTest extends LogisticsFixture {

    /** Listens in the running service itself (one shared application context for the whole suite, so no test bean). */
    private final List<ReturnEvent> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> collector = e -> {
        if (e instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ReturnEvent event) {
            published.add(event);
        }
    };

    @Autowired
    private ConfigurableApplicationContext context;

    @BeforeEach
    void listen() {
        context.addApplicationListener(collector);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(collector);
    }

    private List<ReturnEvent> eventsOf(long returnId) {
        return published.stream().filter(e -> e.returnId().value() == returnId).toList();
    }

    private long created(String sku) {
        var answer = http.post(API + "/returns", token, Map.of("rma", "RMA-E", "externalReturnId", unique("R"),
                "returnItems", List.of(Map.of("identifier", sku, "type", "LOGISTICS_SKU", "quantity", 1)),
                "externalLabel", Map.of("trackingCode", unique("1Z"), "carrier", "UPS")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asLong();
    }

    @Test
    void a_return_publishes_created_shipped_received_and_processed_in_order_with_who_moved_it() {
        aMerchant();
        var widget = product(token);
        long id = created(widget);
        assertThat(http.post("/ops/api/returns/receipts", op, Map.of("returnId", id)).status()).isEqualTo(200);
        var inspected = http.post("/ops/api/returns/" + id + "/inspections", op, Map.of("barcode", widget,
                "receivedCondition", "NEW", "finalCondition", "NEW", "disposition", "RESTOCK", "section", "RETURNS"));
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(200);

        var events = eventsOf(id);
        assertThat(events).hasExactlyElementsOfTypes(ReturnCreated.class, ReturnShipped.class, ReturnReceived.class,
                ReturnProcessed.class);
        assertThat(events.stream().map(ReturnEvent::from).toList()).containsExactly(null, ReturnStatus.CREATED, ReturnStatus.SHIPPED,
                ReturnStatus.RECEIVED_FOR_PROCESSING);
        assertThat(events.get(0).actor()).startsWith("tenant:");
        assertThat(events.get(3).actor()).startsWith("supervisor");
        assertThat(events).allMatch(e -> e.merchant().equals(events.get(0).merchant()));
    }

    @Test
    void cancelling_publishes_once_and_a_refused_change_publishes_nothing() {
        aMerchant();
        var widget = product(token);
        long id = created(widget);
        assertThat(http.post(API + "/returns/" + id + "/cancel", token, "").status()).isEqualTo(200);
        assertThat(http.post(API + "/returns/" + id + "/cancel", token, "").status()).isEqualTo(200);
        assertThat(http.post("/ops/api/returns/receipts", op, Map.of("returnId", id)).status()).isEqualTo(409);
        assertThat(eventsOf(id)).hasExactlyElementsOfTypes(ReturnCreated.class, ReturnCancelled.class);
    }
}
