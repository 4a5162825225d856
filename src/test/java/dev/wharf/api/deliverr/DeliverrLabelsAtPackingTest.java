package dev.wharf.api.deliverr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Packing a Deliverr shipment asks the partner's Label API (a real stub server) for one label per package. */
class DeliverrLabelsAtPackingTest extends DeliverrFixture {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.transaction.support.TransactionTemplate transactions;

    private WireMockServer labelApi;
    private String sku;
    private String barcode;

    @BeforeEach
    void anIntegrationBuyingPartnerLabels() {
        anIntegration();
        labelApi = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        labelApi.start();
        var settings = http.send(http.builder("/admin/api/accounts/" + accountId + "/partner-settings", ADMIN)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"labelBaseUrl\":\"http://localhost:" + labelApi.port()
                        + "/\",\"labelToken\":\"partner-token\"}")));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.body()).doesNotContain("partner-token");
        sku = unique("LBL");
        barcode = unique("BC");
        assertThat(http.post("/deliverr/product", basic, productJson(sku, barcode)).status()).isEqualTo(201);
        long asn = 600000 + Math.abs(sku.hashCode() % 1000);
        assertThat(http.post("/deliverr/asn", basic, asnJson(asn, warehouse.code(), sku, 5)).status()).isEqualTo(200);
        long inbound = http.get("/ops/api/inbounds?q=TRK" + asn, op).json().get(0).path("id").asLong();
        http.post("/ops/api/inbounds/" + inbound + "/receipts", op, Map.of("barcode", barcode, "good", 5, "section", "A-1"));
    }

    @AfterEach
    void stop() {
        labelApi.stop();
    }

    private static String gzipBase64(String text) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private long packedShipment(long id) {
        assertThat(http.post("/deliverr/shipment", basic, shipmentJson(id, warehouse.code(), sku, 1)).status()).isEqualTo(200);
        long order = orderOf(id);
        pickAll(order);
        return order;
    }

    private tools.jackson.databind.JsonNode pack(long order) {
        var packed = http.post("/ops/api/orders/" + order + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 0.59,
                "lengthCm", 25.4, "widthCm", 20.32, "heightCm", 10.16, "items", List.of(Map.of("barcode", barcode, "quantity", 1))))));
        assertThat(packed.status()).as(packed.body()).isEqualTo(200);
        return packed.json().path("packages").get(0);
    }

    @Test
    void a_partner_label_gives_the_package_its_tracking_number_and_ships_it() throws Exception {
        long id = 610000 + Math.abs(sku.hashCode() % 1000);
        var zpl = "^XA^FO50,50^BCN,100,Y,N,N^FD9400111899223100001234^FS^XZ";
        var contents = gzipBase64(zpl);
        labelApi.stubFor(post(urlEqualTo("/v1/shipment/" + id + "/label")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"lbl_1\",\"length\":6,\"width\":4,\"lengthUnit\":\"in\",\"contents\":\"" + contents + "\","
                        + "\"fileType\":\"ZPL\",\"trackingCode\":\"9400111899223100001234\",\"carrier\":\"usps\","
                        + "\"shippingMethod\":\"USPS.FIRST.CLASS.MAIL\",\"errors\":null}")));
        long order = packedShipment(id);
        var pkg = pack(order);
        assertThat(pkg.path("labelSource").asString()).isEqualTo("PARTNER");
        assertThat(pkg.path("trackingNumber").asString()).isEqualTo("9400111899223100001234");
        labelApi.verify(postRequestedFor(urlEqualTo("/v1/shipment/" + id + "/label"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer partner-token"))
                .withRequestBody(equalToJson("{\"length\":10.0,\"width\":8.0,\"height\":4.0,\"weight\":1.3,\"items\":{\"" + sku + "\":1}}")));
        var label = http.get("/ops/api/packages/" + pkg.path("id").asLong() + "/label.zpl", op);
        assertThat(label.body()).isEqualTo(zpl);

        addRate(warehouse.id(), "usps", "FIRST.CLASS.MAIL", "0", "5", "3.10");
        assertThat(http.post("/ops/api/orders/" + order + "/ship", op, "").status()).isEqualTo(200);
        var shipment = http.get("/deliverr/shipment/" + id, basic).json();
        assertThat(shipment.path("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipment.path("shippedPackages").get(0).path("trackingNumber").asString()).isEqualTo("9400111899223100001234");
    }

    /**
     * Commit, call, record: while the Label API takes its time, the packing is already committed
     * and the order's row is free for anyone else to lock.
     */
    @Test
    void a_slow_label_api_holds_no_lock_on_the_order_while_it_answers() throws Exception {
        long id = 640000 + Math.abs(sku.hashCode() % 1000);
        labelApi.stubFor(post(urlEqualTo("/v1/shipment/" + id + "/label")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(4000).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"lbl_slow\",\"contents\":\"" + gzipBase64("^XA^XZ") + "\",\"fileType\":\"ZPL\","
                        + "\"trackingCode\":\"9400SLOW\",\"carrier\":\"usps\",\"shippingMethod\":\"USPS.PRIORITY\",\"errors\":null}")));
        long order = packedShipment(id);
        var packing = java.util.concurrent.CompletableFuture.supplyAsync(() -> pack(order));

        // WireMock journals the request when it arrives, before its delay: wait for the call to be in flight.
        dev.wharf.support.Waits.until(20, () -> !labelApi.findAll(postRequestedFor(urlEqualTo("/v1/shipment/" + id + "/label"))).isEmpty());
        assertThat(packing).as("the Label API is still answering").isNotDone();
        assertThat(jdbc.sql("select count(*) from outbound_package where order_id = :o").param("o", order).query(Long.class).single())
                .as("the packing committed before the call").isEqualTo(1);
        assertThat(lockWithoutWaiting(order)).as("the order row is not locked during the call").isTrue();
        assertThat(packing).as("the Label API is still answering").isNotDone();

        var pkg = packing.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(pkg.path("status").asString()).isEqualTo("LABELLED");
        assertThat(pkg.path("trackingNumber").asString()).isEqualTo("9400SLOW");
    }

    /** Locks the order's row in a transaction of its own, giving up at once if someone else holds it. */
    private boolean lockWithoutWaiting(long order) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (dev.wharf.support.TestDatabase.postgres()) {
                    jdbc.sql("set local lock_timeout = '100ms'").update();
                } else {
                    jdbc.sql("set lock_timeout 100").update();
                }
                return jdbc.sql("select id from outbound_order where id = :o for update").param("o", order).query(Long.class).single()
                        == order;
            }));
        } catch (org.springframework.dao.DataAccessException e) {
            return false;
        }
    }

    @Test
    void every_kind_of_label_failure_leaves_the_package_unshipped_with_the_reason() throws Exception {
        long base = 620000 + Math.abs(sku.hashCode() % 1000);
        labelApi.stubFor(post(urlEqualTo("/v1/shipment/" + base + "/label")).willReturn(aResponse().withStatus(503).withBody("down")));
        labelApi.stubFor(post(urlEqualTo("/v1/shipment/" + (base + 1) + "/label")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"errors\":[\"ADDRESS_INVALID\"]}")));
        labelApi.stubFor(post(urlEqualTo("/v1/shipment/" + (base + 2) + "/label")).willReturn(aResponse().withStatus(200)
                .withBody("<html>oops</html>")));
        var reasons = List.of("503", "ADDRESS_INVALID", "not JSON");
        for (int i = 0; i < 3; i++) {
            long order = packedShipment(base + i);
            var pkg = pack(order);
            assertThat(pkg.path("status").asString()).isEqualTo("LABEL_FAILED");
            assertThat(pkg.path("labelError").asString()).contains(reasons.get(i));
            var ship = http.post("/ops/api/orders/" + order + "/ship", op, "");
            assertThat(ship.status()).isEqualTo(409);
            assertThat(ship.text("detail")).contains("has no label");
            assertThat(http.get("/deliverr/shipment/" + (base + i), basic).text("status")).isEqualTo("PROCESSING");
        }
    }

    @Test
    void a_partner_label_can_be_voided_and_the_package_labelled_again() throws Exception {
        long id = 630000 + Math.abs(sku.hashCode() % 1000);
        labelApi.stubFor(post(urlEqualTo("/v1/shipment/" + id + "/label")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"lbl_9\",\"contents\":\"" + gzipBase64("^XA^FDX^FS^XZ") + "\",\"fileType\":\"ZPL\","
                        + "\"trackingCode\":\"TRACK-9\",\"carrier\":\"usps\",\"shippingMethod\":\"USPS.PRIORITY\",\"errors\":[]}")));
        labelApi.stubFor(delete(urlEqualTo("/v1/shipment/" + id + "/label/lbl_9")).willReturn(aResponse().withStatus(204)));
        long order = packedShipment(id);
        var pkg = pack(order);
        var voided = http.post("/ops/api/packages/" + pkg.path("id").asLong() + "/void", op, "");
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        assertThat(voided.json().path("packages").get(0).path("status").asString()).isEqualTo("VOIDED");
        labelApi.verify(deleteRequestedFor(urlEqualTo("/v1/shipment/" + id + "/label/lbl_9")));
        var relabelled = http.post("/ops/api/packages/" + pkg.path("id").asLong() + "/relabel", op, "");
        assertThat(relabelled.json().path("packages").get(0).path("trackingNumber").asString()).isEqualTo("TRACK-9");
    }
}
