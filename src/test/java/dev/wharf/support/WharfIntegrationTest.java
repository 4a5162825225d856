package dev.wharf.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.WharfApplication;
import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.ShippingOrder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the whole service on a random port against the suite's database (H2 or PostgreSQL) and
 * talks to it over HTTP. Every test builds its own warehouse, reseller and users, so tests
 * share one running service without seeing each other's data.
 */
@SpringBootTest(classes = WharfApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wharf.admin.token=" + WharfIntegrationTest.ADMIN_TOKEN, "wharf.demo.enabled=false", "wharf.webhooks.enabled=false",
        "wharf.urls.allow-loopback-http=true"})
public abstract class WharfIntegrationTest {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    public static final String ADMIN = "Bearer " + ADMIN_TOKEN;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ReceivingGoods receiving;

    @Autowired
    protected ShippingOrder shipping;

    @Autowired
    private JdbcClient jdbc;

    protected Http http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.shared().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    protected static String unique(String prefix) {
        return prefix + RUN + SEQUENCE.incrementAndGet();
    }

    // ------------------------------------------------------------------ admin fixtures

    protected long createWarehouse() {
        return createWarehouse("GBP");
    }

    /** A warehouse's id and code. */
    public record WarehouseRef(long id, String code) {
    }

    protected long createWarehouse(String currency) {
        return newWarehouse(currency).id();
    }

    protected WarehouseRef newWarehouse(String currency) {
        var code = unique("WH");
        var answer = http.post("/admin/api/warehouses", ADMIN, Map.of(
                "code", code, "name", "UK PreFulfillment", "addressLine1", "5 Viking Self Storage,",
                "addressLine2", "5 Turnpike Close", "city", "Norwich", "postal", "NR6 5BD", "countryCode", "GB",
                "defaultCurrency", currency, "timezone", "Europe/London", "cutoffTime", "14:00"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return new WarehouseRef(answer.id("id"), code);
    }

    /** Creates an operator (or supervisor) in the warehouse, logs in, and returns its Authorization header. */
    protected String operatorOf(String warehouseCode, String role) {
        var username = unique(role);
        var password = "correct horse battery " + username;
        var created = http.post("/admin/api/operators", ADMIN, Map.of("username", username, "password", password, "role", role,
                "warehouseCode", warehouseCode));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var login = http.post("/ops/api/login", null, Map.of("username", username, "password", password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return "Bearer " + login.text("token");
    }

    /** Storage sections a supervisor creates before anything is put away into them. */
    protected void createSections(String supervisor, String... codes) {
        for (var code : codes) {
            var answer = http.post("/ops/api/sections", supervisor, Map.of("code", code));
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        }
    }

    protected void addRate(long warehouseId, String carrier, String service, String minKg, String maxKg, String price) {
        var answer = http.post("/admin/api/warehouses/" + warehouseId + "/shipping-rates", ADMIN, Map.of("carrier", carrier,
                "service", service, "minWeightKg", new BigDecimal(minKg), "maxWeightKg", new BigDecimal(maxKg), "price", new BigDecimal(price)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    protected long createServiceItem(long warehouseId, String name, String price, String type) {
        var answer = http.post("/admin/api/warehouses/" + warehouseId + "/service-plan-items", ADMIN,
                Map.of("name", name, "price", new BigDecimal(price), "type", type));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.id("id");
    }

    /** A new reseller account; returns its ShipAPI key. */
    protected String newShipApiKey() {
        var answer = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("reseller"), "dialect", "shipapi"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.text("apiKey");
    }

    // ------------------------------------------------------------------ ShipAPI fixtures

    protected long createUser(String key, Long defaultWarehouseId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", null);
        body.put("email", unique("user") + "@example.com");
        body.put("name", "Halil");
        body.put("lastname", "YILMAZ");
        body.put("phone", "+90 542 232 23 22");
        body.put("defaultWarehouseId", defaultWarehouseId);
        body.put("isActive", true);
        var answer = http.post("/shipapi/user/addUpdate", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.id("Id");
    }

    protected long createProduct(String key, long userId, long warehouseId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", null);
        body.put("warehouseId", warehouseId);
        body.put("userId", userId);
        body.put("title", "Drawing coloured pencils");
        body.put("SKU", unique("SKU-"));
        body.put("barcode", "4444333223");
        body.put("weight", 1.2);
        body.put("weightUnit", "kg");
        body.put("height", 12.10);
        body.put("width", 8.50);
        body.put("length", 14.50);
        body.put("dimensionUnit", "cm");
        body.put("price", 99.90);
        body.put("isActive", true);
        var answer = http.post("/shipapi/product/addUpdate", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.id("Id");
    }

    protected Http.Answer announceInbound(String key, long userId, long warehouseId, long productId, int quantity) {
        return http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouseId, "userId", userId,
                "packages", List.of(Map.of("carrierName", "Fedex", "trackNumber", unique("TK"),
                        "packageItems", List.of(Map.of("productId", productId, "quantity", quantity)))),
                "isActive", true));
    }

    /** Puts units in stock the way the warehouse will: an inbound announced, then received. */
    protected long stock(String key, long userId, long warehouseId, long productId, int quantity, String section) {
        var inbound = announceInbound(key, userId, warehouseId, productId, quantity);
        assertThat(inbound.status()).as(inbound.body()).isEqualTo(200);
        receiving.receive(new InboundId(inbound.id("Id")), new ProductId(productId), quantity, 0, section, "test");
        return inbound.id("Id");
    }

    protected static Map<String, Object> shipTo() {
        var to = new LinkedHashMap<String, Object>();
        to.put("name", "MichaelKors");
        to.put("email", "kors@gmail.com");
        to.put("company", "US Govt");
        to.put("address1", "1600 Pennsylvania Ave");
        to.put("address2", "Oval Office");
        to.put("city", "Washington");
        to.put("state", "DC");
        to.put("postalCode", "20500");
        to.put("countryCode", "US");
        to.put("phone", null);
        return to;
    }

    protected Http.Answer shipFromStock(String key, long warehouseId, long userId, long productId, int quantity) {
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouseId);
        body.put("userId", userId);
        body.put("products", List.of(Map.of("productId", productId, "quantity", quantity)));
        body.put("shipTo", shipTo());
        return http.post("/shipapi/shipment/add", key, body);
    }

    /** The units of a product the user can still ship, summed over its ok stock rows. */
    protected int availableStock(String key, long warehouseId, long userId, long productId) {
        var rows = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        int total = 0;
        for (var row : rows.json()) {
            if (row.path("productId").asLong() == productId && "ok".equals(row.path("inventoryStatus").asString())) {
                total += row.path("stock").asInt();
            }
        }
        return total;
    }

    protected void startPicking(long shipmentId) {
        shipping.startPicking(new OrderId(shipmentId), "test");
    }

    protected void ship(long shipmentId, String cost) {
        shipping.ship(new OrderId(shipmentId), "Royal Mail", "Royal Mail 1st Class 24 Hours", unique("TK"),
                new BigDecimal(cost), "test");
    }

    // ------------------------------------------------------------------ checks

    protected void assertLedgerAgreesWithBalances() {
        var check = http.get("/admin/api/inventory/ledger-check", ADMIN);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().path("discrepancies").size()).as(check.body()).isZero();
        assertThat(check.json().path("consistent").asBoolean()).isTrue();
    }

    /**
     * Row counts of every table the schema has (read from the schema, so a new table is counted the
     * day it appears): equal before and after proves a request wrote nothing.
     */
    protected Map<String, Long> rowCounts() {
        // Console sessions are not the service's data, and Spring Session's cleanup job deletes expired
        // ones on its own schedule: counted, they would make a comparison depend on the clock.
        var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type in ('BASE TABLE', 'TABLE') and table_name not like 'spring_session%' order by table_name")
                .query(String.class).list();
        assertThat(tables).contains("outbound_order", "product", "inventory_movement");
        var counts = new LinkedHashMap<String, Long>();
        for (var table : tables) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }
}
