package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Returns through the Logistics API (issue 12 points 4 and 10), driven by the floor through the ops API. */
class LogisticsReturnsTest extends LogisticsFixture {

    private static final String RETURNS = API + "/returns";

    @Autowired
    private JdbcClient jdbc;

    private String widget;

    @BeforeEach
    void merchant() {
        aMerchant();
        widget = product(token);
    }

    private static Map<String, Object> address() {
        var a = new LinkedHashMap<String, Object>();
        a.put("name", "Jane Buyer");
        a.put("street1", "110 Sutter St");
        a.put("city", "San Francisco");
        a.put("zip", "94104");
        a.put("state", "CA");
        a.put("country", "US");
        a.put("isResidential", true);
        return a;
    }

    private Map<String, Object> aReturn(String externalId, Object... skuQuantityPairs) {
        var items = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < skuQuantityPairs.length; i += 2) {
            items.add(Map.of("identifier", skuQuantityPairs[i], "type", "LOGISTICS_SKU", "quantity", skuQuantityPairs[i + 1]));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("rma", "RMA-" + externalId);
        body.put("externalReturnId", externalId);
        body.put("returnItems", items);
        body.put("sourceAddress", address());
        return body;
    }

    private Http.Answer created(Map<String, Object> body) {
        var answer = http.post(RETURNS, token, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    private JsonNode returnOf(long id) {
        var answer = http.get(RETURNS + "/" + id, token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private int available(String sku) {
        return http.get(API + "/products/" + sku + "/inventory", token).json().path("available").asInt();
    }

    private int onHand(String sku) {
        return http.get(API + "/products/" + sku + "/inventory", token).json().path("onHand").asInt();
    }

    @Test
    void a_return_from_an_address_gets_a_label_from_wharfs_own_carrier_and_answers_every_field() {
        var r = created(aReturn(unique("R"), widget, 2)).json();
        assertThat(r.path("id").isNumber()).isTrue();
        assertThat(r.path("status").asString()).isEqualTo("CREATED");
        assertThat(r.path("rma").asString()).startsWith("RMA-");
        assertThat(r.path("sourceAddress").path("street1").asString()).isEqualTo("110 Sutter St");
        assertThat(r.path("sourceAddress").has("company")).as("optional fields present as null").isTrue();
        assertThat(r.path("sourceAddress").path("company").isNull()).isTrue();
        assertThat(r.path("sourceAddress").path("isResidential").asBoolean()).isTrue();
        var label = r.path("shippingLabel");
        assertThat(label.path("carrier").asString()).isEqualTo("Wharf Post");
        assertThat(label.path("trackingCode").asString()).matches("WHF\\d{10}");
        assertThat(label.path("trackingStatus").asString()).isEqualTo("CREATED");
        assertThat(label.has("trackingUrl") && label.path("trackingUrl").isNull()).isTrue();
        assertThat(r.path("returnItems").get(0).path("identifier").asString()).isEqualTo(widget);
        assertThat(r.path("returnItems").get(0).path("expectedQuantity").asInt()).isEqualTo(2);
        assertThat(r.path("returnItems").get(0).path("inspectedItems").isEmpty()).isTrue();
        for (var field : List.of("shippedAt", "receivedAt", "inspectedAt")) {
            assertThat(r.has(field) && r.path(field).isNull()).as(field).isTrue();
        }
        assertThat(returnOf(r.path("id").asLong())).isEqualTo(r);
    }

    @Test
    void a_return_with_the_merchants_own_label_needs_no_address_and_may_name_the_product_by_its_sku() {
        var sku = unique("MSKU");
        var product = http.post(API + "/products", token, Map.of("name", "Gadget", "merchantSku", sku, "barcodes", List.of(unique("BC"))));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        var body = new LinkedHashMap<String, Object>();
        body.put("rma", "RMA-OWN");
        body.put("externalReturnId", unique("R"));
        body.put("returnItems", List.of(Map.of("identifier", sku, "type", "SKU", "quantity", 1)));
        body.put("externalLabel", Map.of("trackingCode", "1Z999AA10123456784", "carrier", "UPS",
                "trackingUrl", "https://www.ups.com/track?tracknum=1Z999AA10123456784"));
        var r = created(body).json();
        assertThat(r.path("sourceAddress").isNull()).isTrue();
        assertThat(r.path("shippingLabel").path("carrier").asString()).isEqualTo("UPS");
        assertThat(r.path("shippingLabel").path("trackingCode").asString()).isEqualTo("1Z999AA10123456784");
        assertThat(r.path("shippingLabel").path("trackingUrl").asString()).startsWith("https://www.ups.com/");
        assertThat(r.path("shippingLabel").path("labelUrl").isNull()).isTrue();
        assertThat(r.path("returnItems").get(0).path("identifier").asString()).isEqualTo(sku);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_writes_nothing() {
        var before = rowCounts();
        var noItems = aReturn(unique("R"));
        assertRefused(noItems, 400, "returnItems");
        var zero = aReturn(unique("R"), widget, 0);
        assertRefused(zero, 400, "returnItems[0].quantity");
        var unknown = aReturn(unique("R"), widget, 1, "DNOSUCHSKU1", 1);
        assertRefused(unknown, 400, "returnItems[1].identifier");
        var badType = aReturn(unique("R"), widget, 1);
        badType.put("returnItems", List.of(Map.of("identifier", widget, "type", "UPC", "quantity", 1)));
        assertRefused(badType, 400, "returnItems[0].type");
        var neither = aReturn(unique("R"), widget, 1);
        neither.remove("sourceAddress");
        assertRefused(neither, 400, "sourceAddress");
        var noStreet = aReturn(unique("R"), widget, 1);
        var address = address();
        address.remove("street1");
        noStreet.put("sourceAddress", address);
        assertRefused(noStreet, 400, "sourceAddress.street1");
        var noRma = aReturn(unique("R"), widget, 1);
        noRma.remove("rma");
        assertRefused(noRma, 400, "rma");
        var labelWithoutCarrier = aReturn(unique("R"), widget, 1);
        labelWithoutCarrier.put("externalLabel", Map.of("trackingCode", "1Z1"));
        assertRefused(labelWithoutCarrier, 400, "externalLabel.carrier");
        var foreignOrder = aReturn(unique("R"), widget, 1);
        foreignOrder.put("logisticsOrderId", "987654321");
        assertRefused(foreignOrder, 400, "logisticsOrderId");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private void assertRefused(Map<String, Object> body, int status, String field) {
        var answer = http.post(RETURNS, token, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.text("detail")).as(answer.body()).startsWith(field + ":");
    }

    @Test
    void a_second_return_with_the_same_external_id_is_a_conflict_but_a_replayed_key_answers_the_first_again() {
        var body = aReturn(unique("R"), widget, 1);
        var first = send(body, "return-key-1");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var replay = send(body, "return-key-1");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("idempotent-replayed")).isEqualTo("true");
        assertThat(replay.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        var duplicate = http.post(RETURNS, token, body);
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
        assertThat(duplicate.text("detail")).startsWith("externalReturnId:");
        var misuse = send(aReturn(unique("R"), widget, 1), "return-key-1");
        assertThat(misuse.status()).isEqualTo(422);
        var list = http.get(RETURNS + "?externalReturnId=" + body.get("externalReturnId"), token).json();
        assertThat(list.size()).isEqualTo(1);
    }

    private Http.Answer send(Map<String, Object> body, String key) {
        return http.send(http.builder(RETURNS, token).header("Content-Type", "application/json").header("idempotency-key", key)
                .POST(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
    }

    @Test
    void the_list_filters_and_pages_with_a_link_header_that_ends() {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            ids.add(created(aReturn(unique("R"), widget, 1)).json().path("id").asLong());
        }
        var cancelled = ids.get(1);
        assertThat(http.post(RETURNS + "/" + cancelled + "/cancel", token, "").status()).isEqualTo(200);

        var seen = new ArrayList<Long>();
        var first = http.get(RETURNS + "?limit=2&status=CREATED&status=CANCELLED", token);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var url = first.header("Link");
        first.json().forEach(r -> seen.add(r.path("id").asLong()));
        int pages = 1;
        while (url != null) {
            assertThat(url).endsWith(">; rel=\"next\"").contains("status=CREATED").contains("limit=2");
            var next = URI.create(url.substring(1, url.indexOf('>')));
            var page = http.get(next.getRawPath() + "?" + next.getRawQuery(), token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().forEach(r -> seen.add(r.path("id").asLong()));
            url = page.header("Link");
            pages++;
        }
        assertThat(seen).isEqualTo(ids);
        assertThat(pages).isEqualTo(3);

        var onlyCancelled = http.get(RETURNS + "?status[]=CANCELLED", token).json();
        assertThat(onlyCancelled.size()).isEqualTo(1);
        assertThat(onlyCancelled.get(0).path("id").asLong()).isEqualTo(cancelled);
        var created = http.get(RETURNS + "?status=CREATED", token).json();
        assertThat(created.size()).isEqualTo(4);
        var third = returnOf(ids.get(2));
        var byRma = http.get(RETURNS + "?rma=" + third.path("rma").asString(), token).json();
        assertThat(byRma.size()).isEqualTo(1);
        var byTracking = http.get(RETURNS + "?trackingCode=" + third.path("shippingLabel").path("trackingCode").asString(), token).json();
        assertThat(byTracking.get(0).path("id").asLong()).isEqualTo(ids.get(2));
        assertThat(http.get(RETURNS + "?status=LOST", token).status()).isEqualTo(400);
        assertThat(http.get(RETURNS + "?limit=101", token).status()).isEqualTo(400);
        assertThat(http.get(RETURNS + "?page_info=bm90LWEtY3Vyc29y", token).status()).isEqualTo(400);
        assertThat(http.get(RETURNS + "?limit=5", token).header("Link")).as("the last page has no next").isNull();
    }

    @Test
    void another_accounts_return_answers_exactly_as_a_missing_one() {
        var mine = created(aReturn(unique("R"), widget, 1)).json().path("id").asLong();
        var stranger = merchantToken(warehouse.code());
        var foreign = http.get(RETURNS + "/" + mine, stranger);
        var missing = http.get(RETURNS + "/987654321", stranger);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().path("detail").asString()).isEqualTo(missing.json().path("detail").asString()
                .replace("987654321", Long.toString(mine)));
        assertThat(http.post(RETURNS + "/" + mine + "/cancel", stranger, "").status()).isEqualTo(404);
        assertThat(http.get(RETURNS, stranger).json().isEmpty()).isTrue();
        assertThat(returnOf(mine).path("status").asString()).isEqualTo("CREATED");
        assertThat(http.get(RETURNS + "/abc", token).status()).isEqualTo(400);
    }

    @Test
    void a_return_is_cancelled_until_the_warehouse_receives_it_and_cancelling_twice_changes_nothing() {
        var early = created(aReturn(unique("R"), widget, 1)).json().path("id").asLong();
        var cancel = http.post(RETURNS + "/" + early + "/cancel", token, "");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        assertThat(cancel.text("status")).isEqualTo("CANCELLED");
        assertThat(cancel.json().path("shippingLabel").path("trackingStatus").asString()).isEqualTo("CANCELLED");
        var again = http.post(RETURNS + "/" + early + "/cancel", token, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(cancel.json());
        assertThat(receive(Map.of("returnId", early)).status()).as("a cancelled return is not received").isEqualTo(409);

        var late = created(aReturn(unique("R"), widget, 1)).json().path("id").asLong();
        assertThat(receive(Map.of("returnId", late)).status()).isEqualTo(200);
        var refused = http.post(RETURNS + "/" + late + "/cancel", token, "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("can no longer be cancelled");
        assertThat(returnOf(late).path("status").asString()).isEqualTo("RECEIVED_FOR_PROCESSING");
    }

    private Http.Answer receive(Map<String, Object> body) {
        return http.post("/ops/api/returns/receipts", op, body);
    }

    private Http.Answer inspect(long id, String received, String finalCondition, String disposition, String section) {
        var body = new LinkedHashMap<String, Object>();
        body.put("barcode", widget);
        body.put("receivedCondition", received);
        body.put("finalCondition", finalCondition);
        body.put("disposition", disposition);
        body.put("section", section);
        return http.post("/ops/api/returns/" + id + "/inspections", op, body);
    }

    @Test
    void the_floor_receives_by_tracking_number_and_inspects_three_units_into_stock_damaged_stock_and_the_bin() {
        inbound(widget, 5);
        var orderId = create(order(unique("ORD"), widget, 3)).text("id");
        pickAll(orderId);
        packBoxes(orderId, widget, 3);
        var shipped = http.post("/ops/api/orders/" + orderId + "/ship", op, "");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(available(widget)).isEqualTo(2);
        assertThat(onHand(widget)).isEqualTo(2);

        var body = aReturn(unique("R"), widget, 3);
        body.put("logisticsOrderId", orderId);
        var r = created(body).json();
        long id = r.path("id").asLong();

        var received = receive(Map.of("trackingCode", r.path("shippingLabel").path("trackingCode").asString()));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.text("status")).isEqualTo("RECEIVED_FOR_PROCESSING");
        var afterReceipt = returnOf(id);
        assertThat(afterReceipt.path("status").asString()).isEqualTo("RECEIVED_FOR_PROCESSING");
        assertThat(afterReceipt.path("shippedAt").isNull()).as("a receipt marks it shipped first").isFalse();
        assertThat(afterReceipt.path("receivedAt").isNull()).isFalse();
        assertThat(afterReceipt.path("shippingLabel").path("trackingStatus").asString()).isEqualTo("DELIVERED");
        assertThat(receive(Map.of("returnId", id)).status()).as("received once").isEqualTo(409);
        assertThat(available(widget)).as("nothing is stock before inspection").isEqualTo(2);

        assertThat(inspect(id, "NEW", "NEW", "RESTOCK", "RETURNS").status()).isEqualTo(200);
        assertThat(available(widget)).isEqualTo(3);
        assertThat(inspect(id, "DAMAGED", "DAMAGED", "DAMAGED", "RETURNS-DAMAGED").status()).isEqualTo(200);
        assertThat(available(widget)).isEqualTo(3);
        assertThat(onHand(widget)).as("damaged units are held, not sellable").isEqualTo(4);
        assertThat(returnOf(id).path("status").asString()).isEqualTo("RECEIVED_FOR_PROCESSING");
        var last = inspect(id, "DEFECTIVE", "UNSELLABLE", "DISPOSE", null);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(onHand(widget)).as("a disposed unit is not stock").isEqualTo(4);
        assertThat(inspect(id, "NEW", "NEW", "RESTOCK", "RETURNS").status()).as("no fourth unit").isEqualTo(409);

        var processed = returnOf(id);
        assertThat(processed.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(processed.path("inspectedAt").isNull()).isFalse();
        var inspected = processed.path("returnItems").get(0).path("inspectedItems");
        assertThat(inspected.size()).isEqualTo(3);
        assertThat(inspected.get(0).path("disposition").asString()).isEqualTo("RESTOCK");
        assertThat(inspected.get(1).path("disposition").asString()).isEqualTo("DAMAGED");
        assertThat(inspected.get(2).path("receivedCondition").asString()).isEqualTo("DEFECTIVE");
        assertThat(inspected.get(2).path("finalCondition").asString()).isEqualTo("UNSELLABLE");
        assertThat(inspected.get(2).path("disposition").asString()).isEqualTo("DISPOSE");

        var ledger = jdbc.sql("select type, reason, on_hand_delta from inventory_movement where reference_type = 'RETURN'"
                + " and reference_id = :id order by id").param("id", id)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)).list();
        assertThat(ledger).containsExactly("RETURN RETURN 1", "RETURN DAMAGED 1");
        assertLedgerAgreesWithBalances();
    }

    @Test
    void the_floor_receives_by_rma_and_a_supervisor_closes_a_return_whose_last_units_never_came() {
        inbound(widget, 1);
        var body = aReturn(unique("R"), widget, 2);
        var id = created(body).json().path("id").asLong();
        var badInspection = inspect(id, "NEW", "NEW", "RESTOCK", "RETURNS");
        assertThat(badInspection.status()).as("not received yet").isEqualTo(409);
        assertThat(receive(Map.of("rma", body.get("rma"))).status()).isEqualTo(200);
        assertThat(inspect(id, "NEW", "GLOWING", "RESTOCK", "RETURNS").status()).as("unknown condition").isEqualTo(400);
        assertThat(inspect(id, "NEW", "NEW", "RESTOCK", null).status()).as("restocking needs a section").isEqualTo(400);
        assertThat(inspect(id, "NEW", "NEW", "RESTOCK", "RETURNS").status()).isEqualTo(200);
        var operator = operatorOf(warehouse.code(), "operator");
        assertThat(http.post("/ops/api/returns/" + id + "/close", operator, "").status()).isEqualTo(409);
        var closed = http.post("/ops/api/returns/" + id + "/close", op, "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        var r = returnOf(id);
        assertThat(r.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(r.path("returnItems").get(0).path("inspectedItems").size()).isEqualTo(1);
        assertThat(available(widget)).isEqualTo(2);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void another_warehouses_floor_cannot_see_or_receive_the_return() {
        var id = created(aReturn(unique("R"), widget, 1)).json().path("id").asLong();
        var elsewhere = operatorOf(newWarehouse("USD").code(), "supervisor");
        assertThat(http.get("/ops/api/returns/" + id, elsewhere).status()).isEqualTo(404);
        assertThat(http.post("/ops/api/returns/receipts", elsewhere, Map.of("returnId", id)).status()).isEqualTo(404);
        assertThat(http.get("/ops/api/returns/" + id, op).status()).isEqualTo(200);
    }

    @Test
    void an_rma_two_merchants_share_in_one_warehouse_is_refused_as_ambiguous_and_the_tracking_number_decides() {
        var rma = unique("RMA-SHARED");
        var mine = aReturn(unique("R"), widget, 1);
        mine.put("rma", rma);
        created(mine);
        var other = merchantToken(warehouse.code());
        var theirs = aReturn(unique("R"), product(other), 1);
        theirs.put("rma", rma);
        var answer = http.post(RETURNS, other, theirs);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);

        var ambiguous = receive(Map.of("rma", rma));
        assertThat(ambiguous.status()).as(ambiguous.body()).isEqualTo(400);
        assertThat(ambiguous.text("detail")).startsWith("rma:");
        assertThat(receive(Map.of("rma", rma, "returnId", answer.json().path("id").asLong())).status()).as("one name only")
                .isEqualTo(400);
        var byTracking = receive(Map.of("trackingCode", answer.json().path("shippingLabel").path("trackingCode").asString()));
        assertThat(byTracking.status()).as(byTracking.body()).isEqualTo(200);
        assertThat(byTracking.json().path("id").asLong()).isEqualTo(answer.json().path("id").asLong());
        assertThat(receive(Map.of("rma", "RMA-NOBODY")).status()).isEqualTo(404);
    }
}
