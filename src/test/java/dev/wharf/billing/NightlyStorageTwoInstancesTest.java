package dev.wharf.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.WharfApplication;
import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.support.Http;
import dev.wharf.support.MovableClock;
import dev.wharf.support.TestDatabase;
import dev.wharf.support.WharfInstance;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances run the nightly job at the same moment over a week of missed days: each day is taken once, by one of them. */
class NightlyStorageTwoInstancesTest {

    private static final String ADMIN = "Bearer nightly-admin-token";

    @TempDir
    Path dataDir;

    private static ConfigurableApplicationContext start(Map<String, String> database) {
        var properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("wharf.admin.token", "nightly-admin-token");
        properties.put("wharf.demo.enabled", "false");
        properties.put("wharf.webhooks.enabled", "false");
        properties.put("wharf.billing.storage-enabled", "false");
        var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(WharfApplication.class, MovableClock.Source.class).run(args);
    }

    @Test
    void two_instances_catching_up_the_same_week_take_each_day_once() throws Exception {
        var london = ZoneId.of("Europe/London");
        var today = LocalDate.now(london);
        var clock = new MovableClock(Instant.now()).install();
        var database = WharfInstance.sharedDatabase(dataDir);
        var migrations = WharfInstance.migratedByTheTest(database);
        var a = start(database);
        var b = start(database);
        try {
            var http = new Http(((WebServerApplicationContext) a).getWebServer().getPort());
            long warehouse = http.post("/admin/api/warehouses", ADMIN, Map.of("code", "NIGHT1", "name", "Night", "addressLine1", "1 Dock Rd",
                    "city", "Leeds", "countryCode", "GB", "defaultCurrency", "GBP", "timezone", "Europe/London", "cutoffTime", "14:00")).id("id");
            var card = http.send(http.builder("/admin/api/warehouses/" + warehouse + "/rate-card", ADMIN).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(Map.of("effectiveFrom", today.toString(),
                            "storagePerUnitDay", new BigDecimal("0.01"))))));
            assertThat(card.status()).as(card.body()).isEqualTo(200);
            var key = http.post("/admin/api/accounts", ADMIN, Map.of("name", "N", "dialect", "shipapi")).text("apiKey");
            long merchant = http.post("/shipapi/user/addUpdate", key, Map.of("email", "n@example.com", "name", "N")).id("Id");
            long product = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse, "userId", merchant, "title", "Mug",
                    "SKU", "MUG-N")).id("Id");
            var inbound = http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouse, "userId", merchant,
                    "packages", List.of(Map.of("packageItems", List.of(Map.of("productId", product, "quantity", 300))))));
            a.getBean(ReceivingGoods.class).receive(new InboundId(inbound.id("Id")), new ProductId(product), 300, 0, "A-1", "test");

            // a week later, both instances wake at the same moment
            clock.set(today.plusDays(7).atTime(0, 5).atZone(london).toInstant());
            var barrier = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> runs = List.of(a, b).stream().<Callable<Integer>>map(instance -> () -> {
                barrier.await();
                return instance.getBean(NightlyStorage.class).runOnce();
            }).toList();
            int taken = 0;
            for (var result : pool.invokeAll(runs)) {
                taken += result.get();
            }
            pool.shutdown();

            assertThat(taken).as("days taken by the two together").isEqualTo(7);
            var jdbc = a.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from storage_snapshot where warehouse_id = :w").param("w", warehouse).query(Long.class).single())
                    .isEqualTo(7);
            var lines = jdbc.sql("select amount from billing_line where warehouse_id = :w and charge_type = 'STORAGE_UNIT'")
                    .param("w", warehouse).query(BigDecimal.class).list();
            assertThat(lines).hasSize(7).allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("3.00"));
            assertThat(b.getBean(NightlyStorage.class).runOnce()).as("nothing left to take").isZero();
        } finally {
            a.close();
            b.close();
            if (migrations != null) {
                migrations.close();
            }
            if (TestDatabase.postgres()) {
                TestDatabase.dropPostgresDatabase(database.get("spring.datasource.url"));
            }
        }
    }
}
