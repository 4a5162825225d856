package dev.wharf.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.support.WharfIntegrationTest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** /actuator/prometheus: only for the admin token, and what an operator graphs is in it. */
class MetricsEndpointTest extends WharfIntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    private static final String PROMETHEUS = "/actuator/prometheus";

    @Test
    void the_scrape_is_refused_without_a_token_and_with_a_wrong_one() {
        assertThat(http.get(PROMETHEUS, null).status()).isEqualTo(401);
        assertThat(http.get(PROMETHEUS, "Bearer not-the-admin-token").status()).isEqualTo(401);
        assertThat(http.get(PROMETHEUS, ADMIN_TOKEN).status()).as("the token without Bearer").isEqualTo(401);
        var scrape = http.get(PROMETHEUS, ADMIN);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active");
    }

    @Test
    void health_stays_public_while_other_actuator_endpoints_stay_closed() {
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/metrics", ADMIN).status()).isNotEqualTo(200);
    }

    @Test
    void placing_and_shipping_an_order_moves_the_order_counters() {
        var before = scrape();
        var key = newShipApiKey();
        var warehouse = createWarehouse();
        var user = createUser(key, warehouse);
        var product = createProduct(key, user, warehouse);
        stock(key, user, warehouse, product, 5, "A-1");
        var placed = shipFromStock(key, warehouse, user, product, 2);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        startPicking(placed.id("Id"));
        ship(placed.id("Id"), "3.10");

        var after = scrape();
        assertThat(sample(after, "wharf_orders_total", "event=\"placed\"") - sample(before, "wharf_orders_total", "event=\"placed\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(sample(after, "wharf_orders_total", "event=\"shipped\"") - sample(before, "wharf_orders_total", "event=\"shipped\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(sample(after, "wharf_inbounds_total", "event=\"announced\"") - sample(before, "wharf_inbounds_total", "event=\"announced\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(after).contains("wharf_orders_total{event=\"held_for_stock\"}", "wharf_orders_total{event=\"cancelled\"}");
        assertThat(after).containsPattern("wharf_webhook_deliveries\\{status=\"pending\"} [0-9.]+");
    }

    @Test
    void http_request_counts_carry_the_dialect_and_the_route() {
        var key = newShipApiKey();
        assertThat(http.get("/shipapi/warehouse/list", key).status()).isEqualTo(200);
        var body = scrape();
        assertThat(body).containsPattern("http_server_requests_seconds_count\\{[^}]*dialect=\"shipapi\"[^}]*uri=\"/shipapi/warehouse/list\"");
        assertThat(body).containsPattern("http_server_requests_seconds_count\\{[^}]*dialect=\"admin\"");
        assertThat(body).containsPattern("http_server_requests_seconds_bucket\\{[^}]*dialect=\"shipapi\"");
    }

    @Test
    void the_webhook_gauges_follow_the_delivery_outbox() {
        // A given-up delivery, as the (disabled in tests) worker would leave it.
        var uuid = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                insert into webhook_delivery (event_uuid, url, auth_kind, body, status, attempts, next_attempt_at, created_at, dedup_key)
                values (:uuid, 'https://receiver.invalid/hook', 'NONE', '{}', 'FAILED', 9, current_timestamp, current_timestamp, :uuid)""")
                .param("uuid", uuid).update();
        try {
            long failed = jdbc.sql("select count(*) from webhook_delivery where status = 'FAILED'").query(Long.class).single();
            // The gauge is cached for a few seconds: wait until a scrape has read the table again.
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(sample(scrape(), "wharf_webhook_deliveries", "status=\"failed\"")).isEqualTo((double) failed));
        } finally {
            jdbc.sql("delete from webhook_delivery where event_uuid = :uuid").param("uuid", uuid).update();
        }
    }

    private String scrape() {
        var answer = http.get(PROMETHEUS, ADMIN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The value of one sample of the text exposition, or 0 when the series is not there yet. */
    private static double sample(String exposition, String name, String label) {
        var matcher = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)$").matcher(exposition);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
