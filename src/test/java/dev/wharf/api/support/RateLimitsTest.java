package dev.wharf.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.WharfApplication;
import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Its own service with tight limits, trusting X-Forwarded-For from the loopback proxy (as Tomcat's
 * remote-IP valve does behind a real one), so each test is a different client and the suite's
 * shared service keeps its out-of-reach limits.
 */
@SpringBootTest(classes = WharfApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wharf.admin.token=" + WharfIntegrationTest.ADMIN_TOKEN, "wharf.demo.enabled=false", "wharf.webhooks.enabled=false",
        "wharf.urls.allow-loopback-http=true", "server.forward-headers-strategy=native",
        "wharf.rate-limits.failed-auth-per-minute=10", "wharf.rate-limits.requests-per-second=1", "wharf.rate-limits.burst=20"})
class RateLimitsTest extends WharfIntegrationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    /** A client address of its own (TEST-NET-3), as the proxy in front of Wharf would forward it. */
    private static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    private Http.Answer get(String path, String authorization, String client) {
        return http.send(http.builder(path, authorization).header("X-Forwarded-For", client).GET());
    }

    private Http.Answer post(String path, String authorization, String client, Object body) {
        return http.send(http.builder(path, authorization).header("X-Forwarded-For", client).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
    }

    private static void assertRetryAfter(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void after_ten_wrong_admin_tokens_the_right_one_answers_429_with_retry_after_in_problem_details() {
        var client = newClient();
        for (int i = 0; i < 10; i++) {
            assertThat(get("/admin/api/warehouses", "Bearer wrong-" + i, client).status()).isEqualTo(401);
        }
        get("/admin/api/warehouses", "Bearer wrong-10", client);

        var refused = get("/admin/api/warehouses", ADMIN, client);

        assertRetryAfter(refused);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refused.json().path("status").asInt()).isEqualTo(429);
        assertThat(refused.body()).doesNotContain(ADMIN_TOKEN);
        assertThat(get("/admin/api/warehouses", ADMIN, newClient()).status()).as("another client").isEqualTo(200);
        assertThat(get("/actuator/health", null, client).status()).as("health is never limited").isEqualTo(200);
    }

    @Test
    void after_ten_wrong_passwords_the_right_ops_login_answers_429_with_retry_after() {
        var warehouse = newWarehouse("GBP");
        var username = unique("operator");
        var password = "correct horse battery " + username;
        assertThat(http.post("/admin/api/operators", ADMIN, Map.of("username", username, "password", password, "role", "operator",
                "warehouseCode", warehouse.code())).status()).isEqualTo(201);
        var client = newClient();
        for (int i = 0; i < 10; i++) {
            assertThat(post("/ops/api/login", null, client, Map.of("username", username, "password", "wrong " + i)).status())
                    .isEqualTo(401);
        }
        post("/ops/api/login", null, client, Map.of("username", username, "password", "wrong 10"));

        var refused = post("/ops/api/login", null, client, Map.of("username", username, "password", password));

        assertRetryAfter(refused);
        assertThat(refused.text("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(post("/ops/api/login", null, newClient(), Map.of("username", username, "password", password)).status())
                .as("another client").isEqualTo(200);
    }

    @Test
    void a_shipapi_key_hammered_past_its_burst_answers_429_in_the_shipapi_envelope() {
        var key = newShipApiKey();
        var other = newShipApiKey();
        var client = newClient();
        Http.Answer last = null;
        for (int i = 0; i < 60 && (last == null || last.status() != 429); i++) {
            last = post("/shipapi/servicePlanItems/list", key, client, Map.of());
            if (i < 20) {
                assertThat(last.status()).as("request %d is within the burst", i).isNotEqualTo(429);
            }
        }

        assertRetryAfter(last);
        assertThat(last.json().path("IsSuccess").asBoolean(true)).isFalse();
        assertThat(last.text("Error")).contains("too many requests");
        assertThat(post("/shipapi/servicePlanItems/list", other, client, Map.of()).status()).as("another key").isNotEqualTo(429);
    }
}
