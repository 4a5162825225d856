package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderShipped;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.support.Http;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Billing through the floor's own work: every physical action charged once, at the rate card of its day. */
class BillingFloorTest extends LogisticsFixture {

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transaction;

    private String widget;
    private LocalDate today;

    @BeforeEach
    void warehouseWithRateCard() {
        aMerchant();
        today = LocalDate.now(ZoneId.of("Europe/London"));
        var card = new LinkedHashMap<String, Object>();
        card.put("effectiveFrom", today.toString());
        card.put("receivingPerUnit", 0.15);
        card.put("receivingPerCarton", 2.50);
        card.put("pickPerOrder", 1.20);
        card.put("pickPerAdditionalUnit", 0.25);
        card.put("packagingPerBox", Map.of("S2", 0.40));
        card.put("shippingMarkupPercent", 10);
        card.put("shippingMarkupFixed", 0.50);
        card.put("returnPerReturn", 3);
        card.put("returnPerUnitInspected", 0.50);
        var set = http.send(http.builder("/admin/api/warehouses/" + warehouse.id() + "/rate-card", ADMIN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(card))));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        widget = product(token);
    }

    private String shippedOrder(int units) {
        var orderId = create(order(unique("ORD"), widget, units)).text("id");
        pickAll(orderId);
        var packed = http.post("/ops/api/orders/" + orderId + "/pack", op, Map.of("packages", List.of(Map.of("box", "S2", "weightKg", 0.5,
                "lengthCm", 10, "widthCm", 10, "heightCm", 5, "items", List.of(Map.of("barcode", widget, "quantity", units))))));
        assertThat(packed.status()).as(packed.body()).isEqualTo(200);
        var shipped = http.post("/ops/api/orders/" + orderId + "/ship", op, "");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        return orderId;
    }

    private long returnOfTwo(String orderId) {
        var address = new LinkedHashMap<String, Object>();
        address.put("name", "Jane Buyer");
        address.put("street1", "110 Sutter St");
        address.put("city", "San Francisco");
        address.put("zip", "94104");
        address.put("state", "CA");
        address.put("country", "US");
        var body = new LinkedHashMap<String, Object>();
        body.put("rma", unique("RMA"));
        body.put("externalReturnId", unique("R"));
        body.put("logisticsOrderId", orderId);
        body.put("returnItems", List.of(Map.of("identifier", widget, "type", "LOGISTICS_SKU", "quantity", 2)));
        body.put("sourceAddress", address);
        var created = http.post(API + "/returns", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(http.post("/ops/api/returns/receipts", op, Map.of("returnId", id)).status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            var inspection = new LinkedHashMap<String, Object>();
            inspection.put("barcode", widget);
            inspection.put("receivedCondition", "NEW");
            inspection.put("finalCondition", "NEW");
            inspection.put("disposition", "RESTOCK");
            inspection.put("section", "L-1");
            var inspected = http.post("/ops/api/returns/" + id + "/inspections", op, inspection);
            assertThat(inspected.status()).as(inspected.body()).isEqualTo(200);
        }
        return id;
    }

    private JsonNode statement(long merchant) {
        var answer = http.get("/ops/api/billing/merchants/" + merchant + "/statement?from=" + today + "&to=" + today, op);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static BigDecimal category(JsonNode statement, String category) {
        for (var c : statement.path("categories")) {
            if (c.path("category").asString().equals(category)) {
                return c.path("amount").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    @Test
    void receiving_picking_packing_shipping_and_a_return_are_each_charged_once_at_the_rate_card() {
        inbound(widget, 10);
        var orderId = shippedOrder(3);
        long merchant = http.get("/ops/api/orders/" + orderId, op).json().path("merchantId").asLong();
        returnOfTwo(orderId);
        var cancelled = create(order(unique("ORD"), widget, 1)).text("id");
        assertThat(http.post(API + "/orders/" + cancelled + "/cancel", token, "").status()).isLessThan(300);

        var s = statement(merchant);
        // receipt 10 × 0.15 + one carton 2.50; pick 1.20 + 2 × 0.25; box S2 0.40; label 5.00 + 10 % + 0.50; return 3.00 + 2 × 0.50
        assertThat(category(s, "RECEIVING")).isEqualByComparingTo("4.00");
        assertThat(category(s, "PICKING")).isEqualByComparingTo("1.70");
        assertThat(category(s, "PACKAGING")).isEqualByComparingTo("0.40");
        assertThat(category(s, "SHIPPING")).isEqualByComparingTo("6.00");
        assertThat(category(s, "RETURNS")).isEqualByComparingTo("4.00");
        assertThat(s.path("subtotal").decimalValue()).isEqualByComparingTo("16.10");
        assertThat(s.path("lineCount").asInt()).as(s.toString()).isEqualTo(s.path("lines").size()).isEqualTo(8);
        var sum = BigDecimal.ZERO;
        for (var line : s.path("lines")) {
            sum = sum.add(line.path("amount").decimalValue());
            assertThat(line.path("referenceId").asLong()).isPositive();
        }
        assertThat(sum).as("the total is the sum of the lines").isEqualByComparingTo(s.path("subtotal").decimalValue());
        assertThat(s.path("currency").asString()).isEqualTo("USD");
        for (var line : s.path("lines")) {
            assertThat(line.path("referenceId").asString()).as("the cancelled order was never charged").isNotEqualTo(cancelled);
        }

        // the order's event replayed (a retry) charges nothing more
        transaction.executeWithoutResult(t -> events.publishEvent(new OrderShipped(new OrderId(Long.parseLong(orderId)),
                OrderStatus.PACKED, "replay")));
        assertThat(statement(merchant).path("lineCount").asInt()).isEqualTo(8);
    }

    @Test
    void a_statement_exports_as_csv_and_pdf_and_an_adjustment_is_a_line_of_its_own() {
        inbound(widget, 4);
        var orderId = shippedOrder(1);
        long merchant = http.get("/ops/api/orders/" + orderId, op).json().path("merchantId").asLong();
        var adjusted = http.post("/ops/api/billing/merchants/" + merchant + "/adjustments", op,
                Map.of("direction", "CREDIT", "amount", 1.10, "note", "Goodwill: late dispatch"));
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
        assertThat(adjusted.text("chargeType")).isEqualTo("ADJUSTMENT");
        var s = statement(merchant);
        // 4 × 0.15 + 2.50 + 1.20 + 0.40 + 6.00 − 1.10
        assertThat(s.path("subtotal").decimalValue()).isEqualByComparingTo("9.60");

        var csv = http.getBytes("/ops/api/billing/merchants/" + merchant + "/statement.csv?from=" + today + "&to=" + today, op);
        assertThat(csv.status()).isEqualTo(200);
        var rows = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows).hasSize(1 + s.path("lineCount").asInt());
        assertThat(rows[0]).startsWith("line_id,service_day");
        assertThat(String.join("\n", rows)).contains("Goodwill: late dispatch");

        var month = today.toString().substring(0, 7);
        var pdf = http.getBytes("/ops/api/billing/merchants/" + merchant + "/statement.pdf?month=" + month, op);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void only_a_supervisor_sees_billing_and_bad_periods_are_refused_naming_the_field() {
        var operator = operatorOf(warehouse.code(), "operator");
        assertThat(http.get("/ops/api/billing/merchants/1/statement?month=2026-11", operator).status()).isEqualTo(403);
        var bad = http.get("/ops/api/billing/merchants/1/statement?month=2026-13", op);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("detail")).startsWith("month:");
        var noEnd = http.get("/ops/api/billing/merchants/1/statement?from=2026-11-01", op);
        assertThat(noEnd.status()).isEqualTo(400);
        assertThat(noEnd.text("detail")).startsWith("to:");
        assertThat(http.get("/ops/api/billing/merchants/987654321/statement?month=2026-11", op).status()).isEqualTo(404);
        var open = http.post("/ops/api/billing/months/" + today.toString().substring(0, 7) + "/close", op, "");
        assertThat(open.status()).as("a month still running cannot be closed").isEqualTo(409);
    }

    @Test
    void another_warehouses_merchant_answers_exactly_as_one_that_does_not_exist() {
        var elsewhere = newWarehouse("GBP");
        var key = newShipApiKey();
        long stranger = createUser(key, elsewhere.id());
        var missing = http.get("/ops/api/billing/merchants/987654321/statement?month=2026-11", op);
        var foreign = http.get("/ops/api/billing/merchants/" + stranger + "/statement?month=2026-11", op);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.body().replace(String.valueOf(stranger), "ID")).isEqualTo(missing.body().replace("987654321", "ID"));
        var before = rowCounts();
        var adjust = http.post("/ops/api/billing/merchants/" + stranger + "/adjustments", op,
                Map.of("direction", "CHARGE", "amount", 5, "note", "not ours"));
        assertThat(adjust.status()).as(adjust.body()).isEqualTo(404);
        assertThat(rowCounts()).isEqualTo(before);
    }
}
