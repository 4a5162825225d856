package dev.wharf.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A random day of floor work under a random rate card (seeded, so a failure replays): receipts of
 * random size, orders of random units shipped at random label costs (some with a value-added service),
 * some cancelled before picking.
 * The day's statement must equal the rate card applied to the work as the test itself records it.
 */
class BillingPropertyTest extends WharfIntegrationTest {

    private static BigDecimal price(Random random) {
        // up to four decimals, as a rate card allows; zero now and then
        return random.nextInt(6) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(40_000), 4);
    }

    private static BigDecimal gbp(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void a_random_days_statement_is_the_rate_card_applied_to_the_work_done(long seed) {
        var random = new Random(seed);
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        long warehouse = createWarehouse("GBP");
        var perUnit = price(random);
        var perCarton = price(random);
        var perOrder = price(random);
        var perAdditional = price(random);
        var markup = BigDecimal.valueOf(random.nextInt(300), 1);
        var fixed = price(random);
        var card = new LinkedHashMap<String, Object>();
        card.put("effectiveFrom", today.toString());
        card.put("receivingPerUnit", perUnit);
        card.put("receivingPerCarton", perCarton);
        card.put("pickPerOrder", perOrder);
        card.put("pickPerAdditionalUnit", perAdditional);
        card.put("shippingMarkupPercent", markup);
        card.put("shippingMarkupFixed", fixed);
        var set = http.send(http.builder("/admin/api/warehouses/" + warehouse + "/rate-card", ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(card))));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var key = newShipApiKey();
        long merchant = createUser(key, warehouse);
        long product = createProduct(key, merchant, warehouse);
        long service = createServiceItem(warehouse, "Sticker Removal", price(random).add(BigDecimal.ONE).toPlainString(), "perproduct");

        var expected = new ArrayList<String>();
        int stock = 0;
        for (int step = 0; step < 12; step++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    int units = 1 + random.nextInt(50);
                    stock(key, merchant, warehouse, product, units, "A-1");
                    stock += units;
                    expected.add("RECEIVING_UNIT " + gbp(perUnit.multiply(BigDecimal.valueOf(units))));
                    expected.add("RECEIVING_CARTON " + gbp(perCarton));
                }
                case 1 -> {
                    if (stock == 0) {
                        continue;
                    }
                    int units = 1 + random.nextInt(Math.min(stock, 5));
                    var body = new LinkedHashMap<String, Object>();
                    body.put("warehouseId", warehouse);
                    body.put("userId", merchant);
                    body.put("products", List.of(Map.of("productId", product, "quantity", units)));
                    body.put("extraServices", random.nextBoolean() ? List.of(Map.of("productId", product, "servicePlanItemId", service))
                            : List.of());
                    body.put("shipTo", shipTo());
                    var placed = http.post("/shipapi/shipment/add", key, body);
                    assertThat(placed.status()).as(placed.body()).isEqualTo(200);
                    long order = placed.id("Id");
                    var cost = BigDecimal.valueOf(100 + random.nextInt(2000), 2);
                    startPicking(order);
                    ship(order, cost.toPlainString());
                    // the merchant's price list stays exactly as before: the label's cost and the services, no markup
                    var shipped = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", order, "labelPdf", false));
                    for (var line : shipped.json().path("PriceDetails")) {
                        var amount = line.path("Price").decimalValue().multiply(BigDecimal.valueOf(line.path("Quantity").asInt()));
                        if (line.path("Name").asString().equals("Shipment")) {
                            assertThat(line.path("Price").decimalValue()).isEqualByComparingTo(cost);
                        } else {
                            expected.add("SERVICE " + gbp(amount));
                        }
                    }
                    stock -= units;
                    expected.add("PICK_ORDER " + gbp(perOrder));
                    if (units > 1) {
                        expected.add("PICK_ADDITIONAL_UNIT " + gbp(perAdditional.multiply(BigDecimal.valueOf(units - 1))));
                    }
                    expected.add("SHIPPING " + gbp(cost.add(cost.multiply(markup).movePointLeft(2)).add(fixed)));
                }
                default -> {
                    if (stock == 0) {
                        continue;
                    }
                    long order = shipFromStock(key, warehouse, merchant, product, 1).id("Id");
                    assertThat(http.get("/shipapi/shipment/cancel/" + order, key).status()).isEqualTo(200);
                }
            }
        }
        expected.removeIf(line -> line.endsWith(" 0.00"));

        var boss = operatorOf(warehouseCode(warehouse), "supervisor");
        var statement = http.get("/ops/api/billing/merchants/" + merchant + "/statement?from=" + today + "&to=" + today, boss);
        assertThat(statement.status()).as(statement.body()).isEqualTo(200);
        var actual = new ArrayList<String>();
        for (var line : statement.json().path("lines")) {
            actual.add(line.path("chargeType").asString() + " " + gbp(line.path("amount").decimalValue()));
        }
        assertThat(actual).as("seed " + seed).containsExactlyInAnyOrderElementsOf(expected);
        var total = expected.stream().map(l -> new BigDecimal(l.substring(l.indexOf(' ') + 1))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(statement.json().path("subtotal").decimalValue()).isEqualByComparingTo(total);
        assertLedgerAgreesWithBalances();
    }

    private String warehouseCode(long warehouse) {
        // The list is keyset-paged: the page after warehouse - 1 starts with this warehouse.
        for (var w : http.get("/admin/api/warehouses?after=" + (warehouse - 1) + "&limit=1", ADMIN).json()) {
            if (w.path("id").asLong() == warehouse) {
                return w.path("code").asString();
            }
        }
        throw new AssertionError("no warehouse " + warehouse);
    }
}
