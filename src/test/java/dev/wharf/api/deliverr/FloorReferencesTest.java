package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The floor finds a partner's orders and ASNs by the partner's own references, sees them all in
 * the ops views, and what it types at packing (an externally bought label's tracking number)
 * reaches the partner.
 */
class FloorReferencesTest extends DeliverrFixture {

    private Http.Answer ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }

    private List<Long> ids(JsonNode list) {
        var ids = new java.util.ArrayList<Long>();
        list.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    private List<String> hits(String q, String operator) {
        var list = ok(http.get("/ops/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), operator))
                .json();
        var hits = new java.util.ArrayList<String>();
        list.forEach(n -> hits.add(n.path("type").asString() + ":" + n.path("id").asLong()));
        return hits;
    }

    @Test
    void the_floor_finds_partner_orders_and_asns_by_any_of_their_references_and_sees_them_all() {
        anIntegration();
        var sku = unique("KITTY");
        var barcode = unique("BC");
        ok(http.post("/deliverr/product", basic, productJson(sku, barcode)));
        long asn = 9_000_000 + Math.abs(sku.hashCode() % 100_000);
        ok(http.post("/deliverr/asn", basic, "{\"deliverrAsnId\":" + asn + ",\"createdDate\":\"2020-02-11T13:17:19-08:00\","
                + "\"expectedDate\":\"2030-02-25T13:17:19-08:00\",\"shipToWarehouse\":\"" + warehouse.code() + "\",\"trackingNumber\":"
                + "\"TRK" + asn + "\",\"notes\":\"Fragile pallet, dock 3\",\"asnItems\":[{\"sku\":\"" + sku + "\",\"quantityExpected\":4}]}"));

        // The partner reads its ASN back with the offset it wrote.
        assertThat(ok(http.get("/deliverr/asn/" + asn, basic)).json().path("expectedDate").asString()).isEqualTo("2030-02-25T13:17:19-08:00");

        // The ASN by its partner id, its tracking number, a word of its notes, its expected day.
        var byAsn = ok(http.get("/ops/api/inbounds?q=" + asn, op)).json();
        assertThat(byAsn.size()).isEqualTo(1);
        var inbound = byAsn.get(0);
        long inboundId = inbound.path("id").asLong();
        assertThat(inbound.path("externalId").asString()).isEqualTo(Long.toString(asn));
        assertThat(inbound.path("expectedAt").asString()).isEqualTo("2030-02-25T21:17:19Z");
        assertThat(inbound.path("notes").asString()).isEqualTo("Fragile pallet, dock 3");
        assertThat(inbound.path("packages").get(0).path("trackingNumber").asString()).isEqualTo("TRK" + asn);
        assertThat(ids(ok(http.get("/ops/api/inbounds?q=TRK" + asn, op)).json())).containsExactly(inboundId);
        assertThat(ids(ok(http.get("/ops/api/inbounds?q=FRAGILE", op)).json())).containsExactly(inboundId);
        assertThat(ids(ok(http.get("/ops/api/inbounds?q=2030-02-25", op)).json())).containsExactly(inboundId);
        assertThat(ids(ok(http.get("/ops/api/inbounds?from=2030-02-25&to=2030-02-25", op)).json())).containsExactly(inboundId);
        assertThat(ok(http.get("/ops/api/inbounds?from=2030-02-26", op)).json().size()).isZero();
        assertThat(ids(ok(http.get("/ops/api/inbounds?status=NEW&merchantId=" + inbound.path("merchantId").asLong(), op)).json()))
                .containsExactly(inboundId);
        assertThat(ok(http.get("/ops/api/inbounds?status=CLOSED", op)).json().size()).isZero();
        assertThat(http.get("/ops/api/inbounds?status=LOST", op).status()).isEqualTo(400);
        assertThat(http.get("/ops/api/inbounds?from=25.02.2030", op).text("detail")).startsWith("from:");

        receive(inboundId, barcode, 4, 0, null);
        ok(http.post("/ops/api/putaway", op, Map.of("barcode", barcode, "toSection", "A-1", "quantity", 4)));

        // A partner shipment: every reference it brings is on the floor's view and finds it.
        long shipment = asn + 1;
        ok(http.post("/deliverr/shipment", basic, shipmentJson(shipment, warehouse.code(), sku, 1)));
        var byShipment = ok(http.get("/ops/api/orders?q=" + shipment, op)).json();
        assertThat(byShipment.size()).isEqualTo(1);
        var order = byShipment.get(0);
        long orderId = order.path("id").asLong();
        assertThat(order.path("externalId").asString()).isEqualTo(Long.toString(shipment));
        assertThat(order.path("note").asString()).isEqualTo("gift");
        assertThat(order.path("carrierAccount").asString()).isEqualTo("908245393");
        assertThat(order.path("boxName").asString()).isEqualTo("10x10x10 Box");
        assertThat(order.path("shipBy").isNull()).isFalse();
        assertThat(order.path("currency").asString()).isEqualTo("USD");
        for (var q : List.of("908245393", "10x10x10%20Box", "GIFT", order.path("number").asString().replace(" ", "%20"))) {
            assertThat(ids(ok(http.get("/ops/api/orders?q=" + q, op)).json())).as(q).containsExactly(orderId);
        }
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(ids(ok(http.get("/ops/api/orders?status=ALLOCATED&from=" + today.minusDays(1) + "&to=" + today.plusDays(1)
                + "&merchantId=" + order.path("merchantId").asLong(), op)).json())).containsExactly(orderId);
        assertThat(ok(http.get("/ops/api/orders?status=SHIPPED&q=" + shipment, op)).json().size()).isZero();
        assertThat(ok(http.get("/ops/api/orders?to=2000-01-01", op)).json().size()).isZero();
        assertThat(ok(http.get("/ops/api/orders?merchantId=" + (order.path("merchantId").asLong() + 100_000), op)).json().size()).isZero();

        // Packed with a label bought outside Wharf: its tracking number is kept, found, and shipped to the partner.
        pickAll(orderId);
        var tracking = unique("1ZEXT");
        var packed = ok(http.post("/ops/api/orders/" + orderId + "/pack", op, Map.of("packages", List.of(Map.of("box", "10x10x10 Box",
                "weightKg", 1.2, "items", List.of(Map.of("barcode", barcode, "quantity", 1)))), "trackingNumber", tracking))).json();
        var pkg = packed.path("packages").get(0);
        assertThat(pkg.path("trackingNumber").asString()).isEqualTo(tracking);
        assertThat(pkg.path("labelSource").asString()).isEqualTo("EXTERNAL");
        assertThat(pkg.path("status").asString()).isEqualTo("LABELLED");
        assertThat(ids(ok(http.get("/ops/api/orders?q=" + tracking, op)).json())).containsExactly(orderId);
        var shipped = ok(http.post("/ops/api/orders/" + orderId + "/ship", op, ""));
        assertThat(shipped.json().path("trackingNumber").asString()).isEqualTo(tracking);
        assertThat(shipped.body()).contains("\"weightKg\":1.2,").contains("\"cost\":7.85,");
        var partnerView = ok(http.get("/deliverr/shipment/" + shipment, basic)).json();
        assertThat(partnerView.path("status").asString()).isEqualTo("SHIPPED");
        assertThat(partnerView.path("shippedPackages").get(0).path("trackingNumber").asString()).isEqualTo(tracking);

        // One search box resolves every reference to this warehouse's records.
        assertThat(hits(Long.toString(shipment), op)).contains("ORDER:" + orderId);
        assertThat(hits(tracking, op)).containsExactly("ORDER:" + orderId);
        assertThat(hits(Long.toString(orderId), op)).contains("ORDER:" + orderId);
        assertThat(hits(Long.toString(asn), op)).containsExactly("INBOUND:" + inboundId);
        assertThat(hits("TRK" + asn, op)).containsExactly("INBOUND:" + inboundId);
        assertThat(hits(sku, op)).hasSize(1).allMatch(h -> h.startsWith("PRODUCT:"));
        assertThat(hits(barcode, op)).isEqualTo(hits(sku, op));
        assertThat(hits("A-1", op)).hasSize(1).allMatch(h -> h.startsWith("SECTION:"));
        assertThat(hits("nothing-" + asn, op)).isEmpty();
        assertThat(http.get("/ops/api/search?q=%20", op).text("detail")).startsWith("q:");

        // Another warehouse's floor finds none of it.
        var elsewhere = operatorOf(newWarehouse("USD").code(), "supervisor");
        assertThat(hits(Long.toString(shipment), elsewhere)).isEmpty();
        assertThat(hits(tracking, elsewhere)).isEmpty();
        assertThat(hits(sku, elsewhere)).isEmpty();
        assertThat(hits("A-1", elsewhere)).isEmpty();
        assertThat(ok(http.get("/ops/api/orders?q=" + shipment, elsewhere)).json().size()).isZero();
        assertThat(ok(http.get("/ops/api/inbounds?q=" + asn, elsewhere)).json().size()).isZero();
    }

    @Test
    void the_inbound_list_is_paged_by_id_with_a_maximum_page() {
        anIntegration();
        var sku = unique("PAGE");
        ok(http.post("/deliverr/product", basic, productJson(sku, unique("BC"))));
        long base = 9_500_000 + Math.abs(sku.hashCode() % 100_000);
        for (long asn = base; asn < base + 3; asn++) {
            ok(http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 1)));
        }
        var first = ids(ok(http.get("/ops/api/inbounds?limit=2", op)).json());
        assertThat(first).hasSize(2);
        var rest = ids(ok(http.get("/ops/api/inbounds?limit=2&after=" + first.get(1), op)).json());
        assertThat(rest).hasSize(1);
        assertThat(rest.get(0)).isGreaterThan(first.get(1));
        assertThat(http.get("/ops/api/inbounds?limit=201", op).text("detail")).startsWith("limit:");
        assertThat(http.get("/ops/api/inbounds?limit=0", op).status()).isEqualTo(400);
    }

    @Test
    void a_partner_carrier_account_ships_without_a_rate_band_and_without_it_the_band_is_required() {
        anIntegration();
        var sku = unique("NOBAND");
        var barcode = unique("BC");
        ok(http.post("/deliverr/product", basic, productJson(sku, barcode)));
        long asn = 9_700_000 + Math.abs(sku.hashCode() % 100_000);
        ok(http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 2)));
        receive(ops("TRK" + asn), barcode, 2, 0, null);
        ok(http.post("/ops/api/putaway", op, Map.of("barcode", barcode, "toSection", "A-1", "quantity", 2)));
        long onAccount = asn + 1;
        long withoutAccount = asn + 2;
        ok(http.post("/deliverr/shipment", basic, shipmentJson(onAccount, warehouse.code(), sku, 1).replace("FEDEX.GROUND", "UPS.SUREPOST")));
        ok(http.post("/deliverr/shipment", basic, shipmentJson(withoutAccount, warehouse.code(), sku, 1).replace("FEDEX.GROUND", "UPS.SUREPOST")
                .replace(",\"carrierAccount\":\"908245393\"", "")));
        for (long shipment : List.of(onAccount, withoutAccount)) {
            long id = ids(ok(http.get("/ops/api/orders?q=" + shipment, op)).json()).get(0);
            pickAll(id);
            ok(http.post("/ops/api/orders/" + id + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 1,
                    "items", List.of(Map.of("barcode", barcode, "quantity", 1)))))));
        }
        long first = ids(ok(http.get("/ops/api/orders?q=" + onAccount, op)).json()).get(0);
        var shipped = ok(http.post("/ops/api/orders/" + first + "/ship", op, "")).json();
        assertThat(shipped.path("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.path("packages").get(0).path("cost").decimalValue()).isEqualByComparingTo("0");
        long second = ids(ok(http.get("/ops/api/orders?q=" + withoutAccount, op)).json()).get(0);
        var refused = http.post("/ops/api/orders/" + second + "/ship", op, "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).startsWith("packages:").contains("no shipping rate");
        var given = ok(http.post("/ops/api/orders/" + second + "/ship", op, Map.of("cost", 6.5))).json();
        assertThat(given.path("packages").get(0).path("cost").decimalValue()).isEqualByComparingTo("6.50");
        assertLedgerAgreesWithBalances();
    }
}
