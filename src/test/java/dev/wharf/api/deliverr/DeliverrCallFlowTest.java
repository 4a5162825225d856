package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's call flow, in order, against one integration. */
class DeliverrCallFlowTest extends DeliverrFixture {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Test
    void the_whole_call_flow_of_the_seed() {
        anIntegration();
        var start = Instant.now().minusSeconds(2);
        var sku = unique("HELLOKITTY");
        var barcode = unique("BC");

        // 1. Create a product: 201 and the body echoed exactly as sent, unknown fields included.
        var body = productJson(sku, barcode);
        var created = http.post("/deliverr/product", basic, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEqualTo(body);

        // 2. Update its barcodes: 201, echoed; a later GET has them all, in order, and only canonical fields.
        var second = unique("BC");
        var update = body.replace("[\"" + barcode + "\"]", "[\"" + barcode + "\",\"" + second + "\"]");
        var updated = put("/deliverr/product", basic, update);
        assertThat(updated.status()).isEqualTo(201);
        assertThat(updated.body()).isEqualTo(update);
        var product = http.get("/deliverr/product/" + sku, basic);
        assertThat(product.status()).isEqualTo(200);
        assertThat(product.json().path("barcodes").get(0).asString()).isEqualTo(barcode);
        assertThat(product.json().path("barcodes").get(1).asString()).isEqualTo(second);
        assertThat(product.json().has("msku")).isFalse();
        assertThat(product.json().path("weight").decimalValue()).isEqualByComparingTo("5.2");
        assertThat(product.text("hsTariffCode")).isEqualTo("123-456");

        // 3. Three ASNs.
        long asnA = 5000 + Math.abs(sku.hashCode() % 1000);
        long asnB = asnA + 1;
        long asnC = asnA + 2;
        for (var asn : List.of(new long[] {asnA, 5}, new long[] {asnB, 10}, new long[] {asnC, 4})) {
            var answer = http.post("/deliverr/asn", basic, asnJson(asn[0], warehouse.code(), sku, (int) asn[1]));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(asnJson(asn[0], warehouse.code(), sku, (int) asn[1]));
        }

        // 4. Poll them: unreceived, partly received, fully received.
        var inboundB = ops("TRK" + asnB);
        receive(inboundB, barcode, 5, 0, 2.0);
        var inboundA = ops("TRK" + asnA);
        receive(inboundA, barcode, 4, 1, null);
        assertThat(item(asnC).path("quantityReceived").asInt()).isZero();
        assertThat(item(asnB).path("quantityReceived").asInt()).isEqualTo(5);
        assertThat(item(asnB).path("quantityStocked").asInt()).isZero();
        http.post("/ops/api/putaway", op, Map.of("barcode", barcode, "toSection", "A-1", "quantity", 9));
        var asnRead = http.get("/deliverr/asn/" + asnA, basic);
        assertThat(asnRead.status()).isEqualTo(200);
        assertThat(asnRead.json().path("shipToWarehouse").asString()).isEqualTo(warehouse.code());
        assertThat(asnRead.json().path("deliverrAsnId").asLong()).isEqualTo(asnA);
        assertThat(item(asnA).path("quantityExpected").asInt()).isEqualTo(5);
        assertThat(item(asnA).path("quantityReceived").asInt()).as("good and damaged").isEqualTo(5);
        assertThat(item(asnB).path("quantityStocked").asInt()).isEqualTo(5);

        // 5. The product now carries the dimensions the warehouse measured, in its own units.
        var measured = http.get("/deliverr/product/" + sku, basic).json();
        assertThat(measured.path("weight").decimalValue()).isEqualByComparingTo("4.41");
        assertThat(measured.path("weightUnit").asString()).isEqualTo("lb");
        assertThat(measured.path("length").decimalValue()).isEqualByComparingTo("3.94");

        // 6. Inventory on hand (sellable).
        var inventory = http.get("/deliverr/inventory?sku=" + sku + "&warehouse=" + warehouse.code(), basic);
        assertThat(inventory.status()).isEqualTo(200);
        assertThat(inventory.json().path("inventoryOnHand").asInt()).isEqualTo(9);
        assertThat(inventory.text("warehouse")).isEqualTo(warehouse.code());

        // Damage found on the shelf: a negative ADJUSTMENT of sellable stock.
        assertThat(http.post("/ops/api/condition-changes", op, Map.of("barcode", barcode, "section", "A-1", "from", "ok",
                "quantity", 1)).status()).isEqualTo(200);

        // 7. Movements in a window; the offset arrives un-encoded, as a space.
        var from = WIRE.format(start.atOffset(ZoneOffset.ofHours(5)));
        var to = WIRE.format(Instant.now().plusSeconds(2).atOffset(ZoneOffset.ofHours(5)));
        var movements = http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code() + "&fromTime=" + from + "&toTime=" + to, basic);
        assertThat(movements.status()).as(movements.body()).isEqualTo(200);
        var types = new ArrayList<String>();
        movements.json().forEach(m -> types.add(m.path("movementType").asString() + ":" + m.path("quantity").asInt()
                + ":" + m.path("reason").asString()));
        assertThat(types).containsExactly("RECEIVE:5:", "RECEIVE:4:", "ADJUSTMENT:-1:DAMAGED");
        assertThat(movements.json().get(0).path("deliverrAsnId").asLong()).isEqualTo(asnB);
        assertThat(movements.json().get(0).path("sku").asString()).isEqualTo(sku);
        assertThat(movements.json().get(0).path("movementTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        // 8. Shipments: one cancelled by the API, one by the warehouse, one shipped in two boxes.
        long base = 9000 + Math.abs(sku.hashCode() % 1000);
        for (long id = base; id < base + 4; id++) {
            int quantity = id == base + 2 ? 2 : 1;
            var answer = http.post("/deliverr/shipment", basic, shipmentJson(id, warehouse.code(), sku, quantity));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(shipmentJson(id, warehouse.code(), sku, quantity));
            var read = http.get("/deliverr/shipment/" + id, basic);
            assertThat(read.status()).isEqualTo(201);
            assertThat(read.text("status")).isEqualTo("PROCESSING");
            assertThat(read.json().path("shippedPackages").size()).isZero();
        }
        assertThat(http.delete("/deliverr/shipment/" + base, basic).status()).isEqualTo(204);
        assertThat(http.delete("/deliverr/shipment/" + base, basic).status()).as("again: still 204").isEqualTo(204);
        assertThat(http.get("/deliverr/shipment/" + base, basic).text("status")).isEqualTo("CANCELLED");

        assertThat(http.post("/ops/api/orders/" + orderOf(base + 1) + "/cancel", op, "").status()).isEqualTo(200);
        assertThat(http.get("/deliverr/shipment/" + (base + 1), basic).text("status")).isEqualTo("CANCELLED");

        long shipped = orderOf(base + 2);
        pickAll(shipped);
        var late = http.delete("/deliverr/shipment/" + (base + 2), basic);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("error")).isEqualTo("TOO_LATE_TO_CANCEL");
        var packed = http.post("/ops/api/orders/" + shipped + "/pack", op, Map.of("packages", List.of(
                Map.of("weightKg", 1.0, "items", List.of(Map.of("barcode", barcode, "quantity", 1))),
                Map.of("weightKg", 2.0, "items", List.of(Map.of("barcode", barcode, "quantity", 1))))));
        assertThat(packed.status()).as(packed.body()).isEqualTo(200);
        assertThat(packed.json().path("packages").get(0).path("carrier").asString()).isEqualTo("FEDEX");
        assertThat(http.post("/ops/api/orders/" + shipped + "/ship", op, "").status()).isEqualTo(200);
        var done = http.get("/deliverr/shipment/" + (base + 2), basic);
        assertThat(done.status()).isEqualTo(201);
        assertThat(done.text("status")).isEqualTo("SHIPPED");
        var boxes = done.json().path("shippedPackages");
        assertThat(boxes.size()).isEqualTo(2);
        assertThat(boxes.get(0).path("trackingNumber").asString()).isNotBlank();
        assertThat(boxes.get(0).path("trackingNumber").asString()).isNotEqualTo(boxes.get(1).path("trackingNumber").asString());
        assertThat(boxes.get(0).path("shippingMethod").asString()).isEqualTo("FEDEX.GROUND");
        assertThat(boxes.get(1).path("actualWeight").decimalValue()).isEqualByComparingTo("4.41");
        assertThat(boxes.get(0).path("costInUSD").decimalValue()).isEqualByComparingTo("7.85");
        assertThat(boxes.get(0).path("shipTime").asString()).isNotBlank();
        assertThat(boxes.get(0).path("items").get(0).path("sku").asString()).isEqualTo(sku);

        // A shipment's departure is a SHIP movement of the partner's stock.
        var after = http.get("/deliverr/inventory/movements?warehouse=" + warehouse.code() + "&fromTime=" + from + "&toTime="
                + WIRE.format(Instant.now().plusSeconds(2).atOffset(ZoneOffset.UTC)), basic).json();
        var last = after.get(after.size() - 1);
        assertThat(last.path("movementType").asString()).isEqualTo("SHIP");
        assertThat(last.path("deliverrShipmentId").asLong()).isEqualTo(base + 2);
        assertLedgerAgreesWithBalances();
    }

    private tools.jackson.databind.JsonNode item(long asn) {
        return http.get("/deliverr/asn/" + asn, basic).json().path("asnItems").get(0);
    }
}
