package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.catalog.ProductId;
import dev.wharf.events.TestWebhookWorker;
import dev.wharf.inbound.InboundId;
import dev.wharf.support.Http;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** GET /events: a bare array, paged by a Link cursor that never skips an event, even one committed late. */
class LogisticsEventsFeedTest extends LogisticsFixture {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private TransactionTemplate transactions;

    private String widget;

    @BeforeEach
    void aMerchantWithEvents() {
        aMerchant();
        widget = product(token);
        inbound(widget, 10);
    }

    private List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.forEach(e -> ids.add(e.path("id").asString()));
        return ids;
    }

    /** The path and query of the Link header's next URL, or null at the end. */
    private static String next(Http.Answer answer) {
        var link = answer.header("Link");
        if (link == null) {
            return null;
        }
        assertThat(link).matches("<[^>]+>; rel=\"next\"");
        var uri = URI.create(link.substring(1, link.indexOf('>')));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void following_the_link_cursor_pages_through_every_event_once_and_ends_without_a_link() {
        var cancelled = create(order("FEED-1", widget, 1)).text("id");
        assertThat(http.post(API + "/orders/" + cancelled + "/cancel", token, "").status()).isEqualTo(200);
        create(order("FEED-2", widget, 1));

        var all = http.get(API + "/events", token);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Link")).isNull();
        var types = new ArrayList<String>();
        all.json().forEach(e -> types.add(e.path("type").asString()));
        assertThat(types).containsSubsequence("Inbound.ShipmentStatusChanged", "Inbound.Received", "Shipment.Created",
                "Order.Cancelled", "Shipment.Created");
        assertThat(types).contains("Shipment.Cancelled");
        var first = all.json().get(0);
        assertThat(first.path("time").asString()).endsWith("Z");
        first.path("payload").forEach(v -> assertThat(v.isString() || v.isNull()).isTrue());
        var received = all.json().valueStream().filter(e -> e.path("type").asString().equals("Inbound.Received")).findFirst()
                .orElseThrow();
        assertThat(received.path("payload").path("amount").asString()).isEqualTo("10");
        assertThat(received.path("payload").path("type").asString()).isEqualTo("SELLABLE");

        var paged = new ArrayList<String>();
        var path = API + "/events?limit=2";
        int pages = 0;
        while (path != null) {
            var page = http.get(path, token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().size()).isBetween(1, 2);
            paged.addAll(ids(page.json()));
            path = next(page);
            if (path != null) {
                assertThat(path).contains("limit=2").contains("page_info=");
            }
            pages++;
        }
        assertThat(paged).isEqualTo(ids(all.json()));
        assertThat(pages).isEqualTo((paged.size() + 1) / 2);

        var shipmentsCreated = http.get(API + "/events?type=Shipment.Created&limit=1", token);
        assertThat(shipmentsCreated.json()).hasSize(1);
        var second = http.get(next(shipmentsCreated), token);
        assertThat(second.json()).hasSize(1);
        assertThat(second.json().get(0).path("type").asString()).isEqualTo("Shipment.Created");
        assertThat(second.header("Link")).isNull();

        var one = http.get(API + "/events?ids=" + paged.get(1), token);
        assertThat(ids(one.json())).containsExactly(paged.get(1));
        assertThat(http.get(API + "/events", merchantToken(warehouse.code())).json()).as("another account's feed").isEmpty();
    }

    @Test
    void bad_feed_parameters_are_refused_naming_the_parameter() {
        for (var query : Map.of("limit=101", "limit", "limit=0", "limit", "limit=x", "limit", "page_info=%21%21", "page_info",
                "page_info=eyJ4IjoxfQ", "page_info", "type=Order.Delivered", "type", "after=yesterday", "after").entrySet()) {
            var answer = http.get(API + "/events?" + query.getKey(), token);
            assertThat(answer.status()).as(query.getKey() + " " + answer.body()).isEqualTo(400);
            assertThat(answer.text("detail")).contains(query.getValue());
        }
    }

    @Test
    void an_event_committing_late_is_served_before_the_reader_moves_past_it() throws Exception {
        var created = http.post(API + "/inbounds/shipments", token, Map.of("warehouseId", Long.toString(warehouse.id()),
                "trackingNumber", unique("TRK"), "items", List.of(Map.of("logisticsSku", widget, "quantity", 3))));
        long inbound = Long.parseLong(created.text("id"));
        long product = http.get("/ops/api/products?barcode=" + widget, op).json().get(0).path("id").asLong();
        var order = create(order("LATE-1", widget, 1)).text("id");
        var before = ids(http.get(API + "/events", token).json());

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
        // A later writer commits first: its events are numbered after the slow writer's.
        assertThat(http.post(API + "/orders/" + order + "/cancel", token, "").status()).isEqualTo(200);

        CompletableFuture<Http.Answer> read = CompletableFuture.supplyAsync(() -> http.get(API + "/events", token));
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!TestWebhookWorker.aFeedReaderIsWaiting(context) && !read.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(TestWebhookWorker.aFeedReaderIsWaiting(context)).as("the read is queued behind the writer").isTrue();
        assertThat(read).as("the read waits for the writer in flight").isNotDone();

        release.countDown();
        writer.get(20, TimeUnit.SECONDS);
        var events = read.get(20, TimeUnit.SECONDS).json();
        var types = new ArrayList<String>();
        events.forEach(e -> {
            if (!before.contains(e.path("id").asString())) {
                types.add(e.path("type").asString());
            }
        });
        assertThat(types).as("the late commit's events come first, none skipped")
                .containsExactly("Inbound.ShipmentStatusChanged", "Inbound.Received", "Order.Cancelled", "Shipment.Cancelled");
    }

    @Test
    void an_adjustment_on_the_floor_and_a_return_changing_status_are_events_of_their_own() {
        var found = http.post("/ops/api/adjustments", op, java.util.Map.of("barcode", widget, "section", "L-1", "quantity", 2,
                "reason", "FOUND"));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        var returned = http.post(API + "/returns", token, java.util.Map.of("rma", unique("RMA"), "externalReturnId", unique("RET"),
                "returnItems", List.of(java.util.Map.of("identifier", widget, "type", "LOGISTICS_SKU", "quantity", 1)),
                "externalLabel", java.util.Map.of("trackingCode", unique("1Z"), "carrier", "UPS")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(http.post(API + "/returns/" + returned.text("id") + "/cancel", token, "").status()).isEqualTo(200);

        var adjusted = http.get(API + "/events?type=Inventory.Adjusted", token).json();
        assertThat(adjusted.size()).isEqualTo(1);
        var payload = adjusted.get(0).path("payload");
        assertThat(payload.path("logisticsSku").asString()).isEqualTo(widget);
        assertThat(payload.path("quantity").asString()).isEqualTo("2");
        assertThat(payload.path("reason").asString()).isEqualTo("FOUND");

        var updates = http.get(API + "/events?type=Return.Updated", token).json();
        var statuses = new ArrayList<String>();
        updates.forEach(e -> statuses.add(e.path("payload").path("status").asString()));
        assertThat(statuses).containsExactly("CREATED", "CANCELLED");
        assertThat(updates.get(1).path("payload").path("returnId").asString()).isEqualTo(returned.text("id"));
    }
}
