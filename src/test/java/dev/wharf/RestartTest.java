package dev.wharf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.support.Http;
import dev.wharf.support.TestDatabase;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The service keeps nothing that matters in memory: stop it, start it on the same database, all is there. */
@ExtendWith(OutputCaptureExtension.class)
class RestartTest {

    private static final String ADMIN = "Bearer restart-admin-token";

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(Map<String, String> database, boolean withAdminToken) {
        var properties = new HashMap<String, String>(database);
        properties.put("server.port", "0");
        properties.put("wharf.admin.token", withAdminToken ? "restart-admin-token" : "");
        // Command-line arguments, so they outrank application.properties as in production.
        var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(WharfApplication.class).run(args);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void everything_survives_a_restart_on_the_same_database(CapturedOutput output) {
        var database = TestDatabase.fresh(dataDir);
        long warehouseId;
        long userId;
        long productId;
        long shipmentId;
        String shipmentNumber;
        String key;
        var label = "%PDF-1.4 restart label".getBytes();
        try (var first = start(database, true)) {
            var http = http(first);
            if (!TestDatabase.postgres()) {
                // First start on an empty embedded database: a demo warehouse and key, printed once.
                var matcher = Pattern.compile("ShipAPI key:\\s+(\\S+)").matcher(output.getOut());
                assertThat(matcher.find()).as(output.getOut()).isTrue();
                var demo = http.get("/shipapi/warehouse/list", matcher.group(1));
                assertThat(demo.status()).isEqualTo(200);
                assertThat(demo.body()).contains("Wharf Demo Warehouse");
            }
            warehouseId = http.post("/admin/api/warehouses", ADMIN, Map.of("code", "RESTART1", "name", "Restart",
                    "addressLine1", "1 Dock Rd", "city", "Leeds", "countryCode", "GB", "defaultCurrency", "GBP",
                    "timezone", "Europe/London", "cutoffTime", "14:00")).id("id");
            key = http.post("/admin/api/accounts", ADMIN, Map.of("name", "R", "dialect", "shipapi")).text("apiKey");
            userId = http.post("/shipapi/user/addUpdate", key, Map.of("email", "r@example.com", "name", "R")).id("Id");
            productId = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouseId, "userId", userId,
                    "title", "Mug", "SKU", "MUG-1")).id("Id");
            var announced = http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouseId, "userId", userId,
                    "packages", List.of(Map.of("packageItems", List.of(Map.of("productId", productId, "quantity", 9))))));
            assertThat(announced.status()).as(announced.body()).isEqualTo(200);
            long inbound = announced.id("Id");
            first.getBean(ReceivingGoods.class).receive(new InboundId(inbound), new ProductId(productId), 9, 0, "A-1", "test");
            var shipment = http.post("/shipapi/shipment/add", key, Map.of("warehouseId", warehouseId, "userId", userId,
                    "products", List.of(Map.of("productId", productId, "quantity", 4)),
                    "shipTo", Map.of("name", "A", "address1", "B", "city", "C", "countryCode", "US"),
                    "labelPdf", Base64.getEncoder().encodeToString(label)));
            assertThat(shipment.status()).as(shipment.body()).isEqualTo(200);
            shipmentId = shipment.id("Id");
            shipmentNumber = shipment.text("ShipmentNumber");
        }

        try (var second = start(database, false)) {
            var http = http(second);
            assertThat(http.get("/shipapi/user/get?userId=" + userId, key).text("Email")).isEqualTo("r@example.com");
            assertThat(http.get("/shipapi/product/get?productId=" + productId, key).text("SKU")).isEqualTo("MUG-1");
            var details = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", shipmentId, "labelPdf", true));
            assertThat(details.text("ShipmentNumber")).isEqualTo(shipmentNumber);
            assertThat(details.text("Status")).isEqualTo("NewShipment");
            assertThat(Base64.getDecoder().decode(details.text("LabelPdf"))).isEqualTo(label);
            var stock = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
            assertThat(stock.json().get(0).path("stock").asInt()).isEqualTo(5);
            // Business keys keep counting where they were.
            var next = http.post("/shipapi/shipment/add", key, Map.of("warehouseId", warehouseId, "userId", userId,
                    "products", List.of(Map.of("productId", productId, "quantity", 1)),
                    "shipTo", Map.of("name", "A", "address1", "B", "city", "C", "countryCode", "US")));
            assertThat(next.text("ShipmentNumber")).isNotEqualTo(shipmentNumber);
            // Not a first start: no second demo key.
            assertThat(Pattern.compile("ShipAPI key:").matcher(output.getOut()).results().count())
                    .isEqualTo(TestDatabase.postgres() ? 0 : 1);
            // Started without WHARF_ADMIN_TOKEN: the admin API is not there at all.
            assertThat(http.get("/admin/api/warehouses", ADMIN).status()).isEqualTo(404);
            assertThat(http.get("/actuator/prometheus", ADMIN).status()).as("the metrics scrape is not there either").isEqualTo(404);
            assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        } finally {
            if (TestDatabase.postgres()) {
                TestDatabase.dropPostgresDatabase(database.get("spring.datasource.url"));
            }
        }
    }
}
