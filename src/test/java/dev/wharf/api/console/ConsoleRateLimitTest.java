package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.WharfApplication;
import dev.wharf.support.WharfIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Failed console logins count toward the per-client limit of failed authentications. Runs in the
 * same tight-limit service as {@code RateLimitsTest} (same settings, so the same context), each
 * test a client of its own behind the loopback proxy.
 */
@SpringBootTest(classes = WharfApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wharf.admin.token=" + WharfIntegrationTest.ADMIN_TOKEN, "wharf.demo.enabled=false", "wharf.webhooks.enabled=false",
        "wharf.urls.allow-loopback-http=true", "server.forward-headers-strategy=native",
        "wharf.rate-limits.failed-auth-per-minute=10", "wharf.rate-limits.requests-per-second=1", "wharf.rate-limits.burst=20"})
class ConsoleRateLimitTest extends WharfIntegrationTest {

    @Test
    void after_ten_wrong_console_passwords_the_right_one_answers_429() {
        var warehouse = newWarehouse("GBP");
        var username = unique("operator");
        var password = "correct horse battery " + username;
        assertThat(http.post("/admin/api/operators", ADMIN, Map.of("username", username, "password", password, "role", "operator",
                "warehouseCode", warehouse.code())).status()).isEqualTo(201);
        var browser = new ConsoleClient(port);
        browser.forwardedFor = "198.51.100.77";
        browser.get("/console/login");
        for (int i = 0; i < 10; i++) {
            var refused = browser.submit("/console/login", Map.of("username", username, "password", "wrong " + i));
            assertThat(refused.status()).isEqualTo(401);
        }

        var blocked = browser.submit("/console/login", Map.of("username", username, "password", password));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.raw().headers().firstValue("Retry-After")).isPresent();
        var elsewhere = new ConsoleClient(port);
        elsewhere.forwardedFor = "198.51.100.78";
        assertThat(elsewhere.login(username, password).status()).as("another client").isEqualTo(302);
    }
}
