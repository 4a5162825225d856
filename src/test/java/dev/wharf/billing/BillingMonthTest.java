package dev.wharf.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.WharfApplication;
import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.ShippingOrder;
import dev.wharf.support.Http;
import dev.wharf.support.MovableClock;
import dev.wharf.support.TestDatabase;
import dev.wharf.support.Waits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scripted month of floor work on a clock the test moves: receipts, orders shipped, a new rate card
 * from the 16th, five days of downtime with a restart while the nightly job catches them up, then the
 * month closed with its minimum. The statement must equal, line by line, what the test computes on
 * its own from the rate cards and the work it did.
 */
class BillingMonthTest {

    private static final String ADMIN = "Bearer month-admin-token";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The product's declared 14.5 × 8.5 × 12.1 cm, in cubic metres. */
    private static final BigDecimal UNIT_M3 = new BigDecimal("0.001491325");

    @TempDir
    Path dataDir;

    /** The two rate cards of the month, as the test knows them. */
    private record Prices(String receivingPerUnit, String perCarton, String perUnitDay, String perM3Day, String perSectionDay,
                          String pickPerOrder, String pickPerAdditional, String markupPercent) {

        Map<String, Object> json(LocalDate from) {
            var body = new LinkedHashMap<String, Object>();
            body.put("effectiveFrom", from.toString());
            body.put("receivingPerUnit", new BigDecimal(receivingPerUnit));
            body.put("receivingPerCarton", new BigDecimal(perCarton));
            body.put("storagePerUnitDay", new BigDecimal(perUnitDay));
            body.put("storagePerCubicMetreDay", new BigDecimal(perM3Day));
            body.put("storagePerSectionDay", new BigDecimal(perSectionDay));
            body.put("pickPerOrder", new BigDecimal(pickPerOrder));
            body.put("pickPerAdditionalUnit", new BigDecimal(pickPerAdditional));
            body.put("shippingMarkupPercent", new BigDecimal(markupPercent));
            body.put("monthlyMinimum", new BigDecimal("5000"));
            return body;
        }
    }

    private static final Prices FIRST = new Prices("0.10", "1.00", "0.0125", "0.75", "0.40", "1.00", "0.20", "5");
    private static final Prices FROM_16TH = new Prices("0.12", "1.25", "0.02", "0.90", "0.45", "1.50", "0.25", "7.5");

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal times(int quantity, String price) {
        return money(new BigDecimal(price).multiply(BigDecimal.valueOf(quantity)));
    }

    private final List<String> expected = new ArrayList<>();

    private void expect(LocalDate day, String type, BigDecimal amount) {
        if (amount.signum() > 0) {
            expected.add(day + " " + type + " " + money(amount).toPlainString());
        }
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), LONDON).toInstant();
    }

    private ConfigurableApplicationContext start(Map<String, String> database, boolean storageJob) {
        var properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("wharf.admin.token", "month-admin-token");
        properties.put("wharf.demo.enabled", "false");
        properties.put("wharf.webhooks.enabled", "false");
        properties.put("wharf.billing.storage-enabled", Boolean.toString(storageJob));
        properties.put("wharf.billing.storage-interval", "50ms");
        var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(WharfApplication.class, MovableClock.Source.class).run(args);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static Http.Answer put(Http http, String path, Object body) {
        return http.send(http.builder(path, ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
    }

    private static String supervisor(Http http, String warehouseCode) {
        var login = http.post("/ops/api/login", null, Map.of("username", "month-boss", "password", "correct horse battery month"));
        if (login.status() != 200) {
            assertThat(http.post("/admin/api/operators", ADMIN, Map.of("username", "month-boss", "password", "correct horse battery month",
                    "role", "supervisor", "warehouseCode", warehouseCode)).status()).isEqualTo(201);
            login = http.post("/ops/api/login", null, Map.of("username", "month-boss", "password", "correct horse battery month"));
        }
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return "Bearer " + login.text("token");
    }

    @Test
    void a_month_with_a_rate_change_and_a_restart_during_the_nightly_job_bills_exactly_what_was_done() throws Exception {
        var month = YearMonth.now(LONDON).plusMonths(1);
        var clock = new MovableClock(at(month.atDay(1), 9, 0)).install();
        var database = TestDatabase.fresh(dataDir);
        var random = new Random(16);
        var app = start(database, false);
        try {
            var http = http(app);
            long warehouse = http.post("/admin/api/warehouses", ADMIN, Map.of("code", "MONTH1", "name", "Month", "addressLine1", "1 Dock Rd",
                    "city", "Leeds", "countryCode", "GB", "defaultCurrency", "GBP", "timezone", "Europe/London", "cutoffTime", "14:00")).id("id");
            var key = http.post("/admin/api/accounts", ADMIN, Map.of("name", "M", "dialect", "shipapi")).text("apiKey");
            long merchant = http.post("/shipapi/user/addUpdate", key, Map.of("email", "m@example.com", "name", "M")).id("Id");
            long product = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse, "userId", merchant, "title", "Mug",
                    "SKU", "MUG-1", "length", 14.5, "width", 8.5, "height", 12.1, "dimensionUnit", "cm")).id("Id");
            assertThat(put(http, "/admin/api/warehouses/" + warehouse + "/rate-card", FIRST.json(month.atDay(1))).status()).isEqualTo(200);
            assertThat(put(http, "/admin/api/warehouses/" + warehouse + "/rate-card", FROM_16TH.json(month.atDay(16))).status()).isEqualTo(200);

            int stock = 0;
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                var day = month.atDay(d);
                var prices = d < 16 ? FIRST : FROM_16TH;
                if (d >= 20 && d <= 24) {
                    if (d == 20) {
                        // downtime: the service is down from the 20th to the 24th; it comes back at 00:05 on the 25th
                        app.close();
                        clock.set(at(month.atDay(25), 0, 5));
                        app = restartDuringTheNightlyJob(database, warehouse, month);
                    }
                    expectStorage(day, stock, prices);
                    continue;
                }
                clock.set(at(day, 10, 0));
                var http2 = http(app);
                int received = 1 + random.nextInt(20);
                var inbound = http2.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouse, "userId", merchant,
                        "packages", List.of(Map.of("packageItems", List.of(Map.of("productId", product, "quantity", received))))));
                assertThat(inbound.status()).as(inbound.body()).isEqualTo(200);
                app.getBean(ReceivingGoods.class).receive(new InboundId(inbound.id("Id")), new ProductId(product), received, 0, "A-1", "test");
                stock += received;
                expect(day, "RECEIVING_UNIT", times(received, prices.receivingPerUnit()));
                expect(day, "RECEIVING_CARTON", times(1, prices.perCarton()));
                int orders = random.nextInt(3);
                for (int o = 0; o < orders && stock > 0; o++) {
                    int units = 1 + random.nextInt(Math.min(3, stock));
                    var shipment = http2.post("/shipapi/shipment/add", key, Map.of("warehouseId", warehouse, "userId", merchant,
                            "products", List.of(Map.of("productId", product, "quantity", units)),
                            "shipTo", Map.of("name", "A", "address1", "B", "city", "C", "countryCode", "US")));
                    assertThat(shipment.status()).as(shipment.body()).isEqualTo(200);
                    var cost = new BigDecimal(300 + random.nextInt(300)).movePointLeft(2);
                    app.getBean(ShippingOrder.class).startPicking(new OrderId(shipment.id("Id")), "test");
                    app.getBean(ShippingOrder.class).ship(new OrderId(shipment.id("Id")), "Royal Mail", "1st", "TK" + d + "-" + o, cost, "test");
                    stock -= units;
                    expect(day, "PICK_ORDER", times(1, prices.pickPerOrder()));
                    expect(day, "PICK_ADDITIONAL_UNIT", times(units - 1, prices.pickPerAdditional()));
                    expect(day, "SHIPPING", cost.add(cost.multiply(new BigDecimal(prices.markupPercent())).movePointLeft(2)));
                }
                expectStorage(day, stock, prices);
                // midnight passes; the nightly job takes the day that ended
                clock.set(at(day.plusDays(1), 0, 5));
                app.getBean(NightlyStorage.class).runOnce();
            }

            var http3 = http(app);
            var boss = supervisor(http3, "MONTH1");
            var subtotal = expected.stream().map(line -> new BigDecimal(line.substring(line.lastIndexOf(' ') + 1)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            var close = http3.post("/ops/api/billing/months/" + month + "/close", boss, "");
            assertThat(close.status()).as(close.body()).isEqualTo(200);
            expect(month.atEndOfMonth(), "MONTHLY_MINIMUM", new BigDecimal("5000").subtract(subtotal));

            var statement = http3.get("/ops/api/billing/merchants/" + merchant + "/statement?month=" + month, boss);
            assertThat(statement.status()).as(statement.body()).isEqualTo(200);
            var actual = new ArrayList<String>();
            for (var line : statement.json().path("lines")) {
                actual.add(line.path("serviceDay").asString() + " " + line.path("chargeType").asString() + " "
                        + money(line.path("amount").decimalValue()).toPlainString());
            }
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(statement.json().path("closed").asBoolean()).isTrue();
            assertThat(statement.json().path("subtotal").decimalValue()).isEqualByComparingTo("5000");

            var snapshots = app.getBean(JdbcClient.class).sql("""
                    select stock_day, count(*) from storage_snapshot where warehouse_id = :w group by stock_day having count(*) > 1""")
                    .param("w", warehouse).query().listOfRows();
            assertThat(snapshots).as("no day snapshotted twice").isEmpty();

            // a correction after closing goes to the next month, which is open
            var credit = http3.post("/ops/api/billing/merchants/" + merchant + "/adjustments", boss,
                    Map.of("direction", "CREDIT", "amount", 10, "note", "Goodwill"));
            assertThat(credit.status()).as(credit.body()).isEqualTo(200);
            assertThat(credit.text("billingMonth")).isEqualTo(month.plusMonths(1).toString());
            var after = http3.get("/ops/api/billing/merchants/" + merchant + "/statement?month=" + month, boss);
            assertThat(after.json().path("lineCount").asInt()).as("a closed month does not change").isEqualTo(actual.size());
            if (TestDatabase.postgres()) {
                // and the database itself refuses to edit a line of it
                var jdbc = app.getBean(JdbcClient.class);
                var edit = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc
                        .sql("update billing_line set amount = 0 where warehouse_id = :w and billing_month = :m")
                        .param("w", warehouse).param("m", month.atDay(1)).update());
                assertThat(edit).isInstanceOf(org.springframework.dao.DataAccessException.class).hasMessageContaining("closed month");
            }
        } finally {
            app.close();
            if (TestDatabase.postgres()) {
                TestDatabase.dropPostgresDatabase(database.get("spring.datasource.url"));
            }
        }
    }

    private void expectStorage(LocalDate day, int stock, Prices prices) {
        var volume = UNIT_M3.multiply(BigDecimal.valueOf(stock)).setScale(6, RoundingMode.HALF_UP);
        expect(day, "STORAGE_UNIT", times(stock, prices.perUnitDay()));
        expect(day, "STORAGE_VOLUME", money(volume.multiply(new BigDecimal(prices.perM3Day()))));
        expect(day, "STORAGE_SECTION", times(stock > 0 ? 1 : 0, prices.perSectionDay()));
    }

    /**
     * The service comes back after five days down with its nightly job on; it is stopped again while
     * catching up (once it has taken the first missed day) and a third start finishes the job.
     */
    private ConfigurableApplicationContext restartDuringTheNightlyJob(Map<String, String> database, long warehouse, YearMonth month)
            throws InterruptedException {
        var interrupted = start(database, true);
        var jdbc = interrupted.getBean(JdbcClient.class);
        assertThat(Waits.until(30, () -> jdbc.sql("select count(*) from storage_day where warehouse_id = :w and stock_day >= :d")
                .param("w", warehouse).param("d", month.atDay(20)).query(Long.class).single() > 0)).isTrue();
        interrupted.close();
        var restarted = start(database, false);
        restarted.getBean(NightlyStorage.class).runOnce();
        return restarted;
    }
}
