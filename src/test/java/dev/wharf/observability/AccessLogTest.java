package dev.wharf.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.support.WharfIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One wharf.access line per request, and one correlation id per request on every dialect. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest extends WharfIntegrationTest {

    private static final String HEADER = "x-correlation-id";

    /** One path per dialect: an answer in each dialect's own chain, refused or not. */
    private static final List<String> DIALECT_PATHS = List.of("/shipapi/warehouse/list", "/logistics/api/2024-04/orders/1",
            "/deliverr/products/1", "/ops/api/orders", "/admin/api/warehouses");

    @Test
    void a_request_writes_one_access_line_with_its_route_status_caller_and_correlation_id(CapturedOutput output) {
        var key = newShipApiKey();
        var warehouse = createWarehouse();
        var user = createUser(key, warehouse);
        var id = unique("trace-");
        var answer = http.send(http.builder("/shipapi/user/get?userId=" + user, key).header(HEADER, id).GET());
        assertThat(answer.status()).isEqualTo(200);

        var line = accessLine(output, id);
        assertThat(line).contains("wharf.access", "GET /shipapi/user/get 200 ", "dialect=shipapi", "caller=tenant:");
        assertThat(line).as("the caller is named, never its key").doesNotContain(key);
    }

    @Test
    void the_route_is_the_pattern_not_the_path_with_its_ids(CapturedOutput output) {
        var id = unique("route-");
        var answer = http.send(http.builder("/admin/api/warehouses/987654321/shipping-rates", ADMIN).header(HEADER, id).GET());
        assertThat(answer.status()).isEqualTo(404);
        var line = accessLine(output, id);
        assertThat(line).contains("GET /admin/api/warehouses/{id}/shipping-rates 404 ", "caller=admin").doesNotContain("987654321");
    }

    @Test
    void a_clients_correlation_id_is_echoed_on_each_of_the_five_dialects(CapturedOutput output) {
        var key = newShipApiKey();
        for (var path : DIALECT_PATHS) {
            var id = unique("c-" + path.split("/")[1] + ".");
            var answer = http.send(http.builder(path, path.startsWith("/admin") ? ADMIN : key).header(HEADER, id).GET());
            assertThat(answer.header(HEADER)).as(path).isEqualTo(id);
            assertThat(accessLine(output, id)).as(path).contains(" " + answer.status() + " ");
        }
    }

    @Test
    void a_missing_or_hostile_correlation_id_is_replaced_on_every_dialect() {
        var hostile = List.of("evil\\nid=forged", "a".repeat(101), "x y", "${jndi:ldap://x}");
        for (var path : DIALECT_PATHS) {
            var made = http.get(path, null).header(HEADER);
            assertThat(made).as(path).matches("[0-9a-f-]{36}");
            for (var id : hostile) {
                var echoed = http.send(http.builder(path, null).header(HEADER, id).GET()).header(HEADER);
                assertThat(echoed).as(path + " " + id).isNotEqualTo(id).matches("[0-9a-f-]{36}");
            }
        }
    }

    private static String accessLine(CapturedOutput output, String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().lines()
                .anyMatch(l -> l.contains("wharf.access") && l.contains("correlationId=" + id)));
        var lines = output.getOut().lines().filter(l -> l.contains("wharf.access") && l.contains("correlationId=" + id)).toList();
        assertThat(lines).as("one access line per request").hasSize(1);
        return lines.get(0);
    }
}
