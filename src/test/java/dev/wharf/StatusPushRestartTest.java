package dev.wharf;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.wharf.support.Http;
import dev.wharf.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A status push queued by one run of the service is delivered by the next, after a restart, through a receiver that was down. */
class StatusPushRestartTest {

    private static final String ADMIN = "Bearer push-restart-admin";

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(Map<String, String> database) {
        var properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("wharf.admin.token", "push-restart-admin");
        properties.put("wharf.demo.enabled", "false");
        properties.put("wharf.urls.allow-loopback-http", "true");
        properties.put("wharf.webhooks.poll-interval", "200ms");
        properties.put("wharf.webhooks.backoff-base", "200ms");
        var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(WharfApplication.class).run(args);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 150 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void a_push_that_failed_before_a_restart_is_delivered_after_it() throws Exception {
        var receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo("/status")).willReturn(aResponse().withStatus(503)));
        var database = TestDatabase.fresh(dataDir);
        try {
            try (var first = start(database)) {
                var http = http(first);
                http.post("/admin/api/warehouses", ADMIN, Map.of("code", "PUSH1", "name", "Push", "addressLine1", "1 Road",
                        "city", "Reno", "countryCode", "US", "defaultCurrency", "USD", "timezone", "UTC", "cutoffTime", "14:00"));
                var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", "Deliverr", "dialect", "deliverr"));
                var basic = "Basic " + Base64.getEncoder().encodeToString((account.text("username") + ":" + account.text("password"))
                        .getBytes(StandardCharsets.UTF_8));
                var settings = http.send(http.builder("/admin/api/accounts/" + account.id("id") + "/partner-settings", ADMIN)
                        .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"pushUrl\":\"http://localhost:" + receiver.port() + "/status\",\"pushToken\":\"t0ken\"}")));
                assertThat(settings.status()).as(settings.body()).isEqualTo(200);
                assertThat(http.post("/deliverr/product", basic, "{\"sku\":\"S1\",\"name\":\"S1\",\"barcodes\":[\"B1\"]}").status())
                        .isEqualTo(201);
                var shipment = http.post("/deliverr/shipment", basic, "{\"deliverrShipmentId\":77,\"shippingAddress\":{\"name\":\"Jane\",\"street1\":\"1 St\","
                        + "\"city\":\"SF\",\"country\":\"US\"},\"shippingMethod\":\"FEDEX.GROUND\",\"lineItems\":[{\"sku\":\"S1\","
                        + "\"quantity\":1}],\"warehouse\":\"PUSH1\"}");
                assertThat(shipment.status()).as(shipment.body()).isEqualTo(200);
                assertThat(http.delete("/deliverr/shipment/77", basic).status()).isEqualTo(204);
                waitFor(() -> receiver.findAll(postRequestedFor(urlEqualTo("/status"))).size() >= 2);
                assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/status")))).as("attempts while the receiver is down")
                        .hasSizeGreaterThanOrEqualTo(2);
            }
            receiver.resetAll();
            receiver.stubFor(post(urlEqualTo("/status")).willReturn(aResponse().withStatus(200)));
            try (var second = start(database)) {
                waitFor(() -> !receiver.findAll(postRequestedFor(urlEqualTo("/status"))).isEmpty());
                receiver.verify(postRequestedFor(urlEqualTo("/status"))
                        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer t0ken"))
                        .withRequestBody(equalToJson("{\"deliverrShipmentId\":77,\"status\":\"CANCELLED\",\"shippedPackages\":[]}")));
                // Once the outbox row says DELIVERED no worker claims it again: wait for that state
                // (written after the receiver answered), then count what the receiver got.
                var jdbc = second.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
                waitFor(() -> jdbc.sql("select count(*) from webhook_delivery where status = 'DELIVERED' and body like :b")
                        .param("b", "%\"deliverrShipmentId\":77%").query(Long.class).single() == 1);
                assertThat(jdbc.sql("select count(*) from webhook_delivery where status = 'PENDING'").query(Long.class).single())
                        .as("nothing left to send").isZero();
                assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/status")))).as("delivered once, not again").hasSize(1);
            }
        } finally {
            receiver.stop();
            if (TestDatabase.postgres()) {
                TestDatabase.dropPostgresDatabase(database.get("spring.datasource.url"));
            }
        }
    }
}
