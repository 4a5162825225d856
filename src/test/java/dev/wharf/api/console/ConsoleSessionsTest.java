package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.WharfApplication;
import dev.wharf.support.TestDatabase;
import dev.wharf.support.Waits;
import dev.wharf.support.WharfInstance;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Console sessions live in the database: a second instance on the same database serves a session
 * the first one started, and a session left idle past {@code wharf.console.idle-timeout} ends.
 */
class ConsoleSessionsTest extends ConsoleTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void a_session_started_on_one_instance_is_served_by_another_and_ends_when_left_idle() throws Exception {
        var warehouse = newWarehouse("GBP");
        var operator = account(warehouse.code(), "operator");
        var settings = new HashMap<>(TestDatabase.shared());
        settings.put("wharf.console.idle-timeout", "2s");
        settings.put("wharf.webhooks.enabled", "false");
        settings.put("wharf.demo.enabled", "false");
        settings.put("spring.session.jdbc.cleanup-cron", "-");
        try (var second = WharfInstance.start(WharfApplication.class, settings)) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();

            var here = loggedIn(operator);
            var there = new ConsoleClient(secondPort);
            there.session = here.session;
            var page = there.get("/console");
            assertThat(page.status()).as("the other instance knows the session").isEqualTo(200);
            assertThat(page.body()).contains(operator.username());
            assertThat(maxInactiveSeconds(operator.username())).containsExactly(1800);

            var idle = new ConsoleClient(secondPort);
            var login = idle.login(operator.username(), operator.password());
            assertThat(login.status()).isEqualTo(302);
            assertThat(idle.get("/console").status()).isEqualTo(200);
            assertThat(maxInactiveSeconds(operator.username())).containsExactlyInAnyOrder(1800, 2);
            assertThat(Waits.until(30, () -> expiredSessions(operator.username()) == 1)).isTrue();
            var after = idle.get("/console");
            assertThat(after.status()).isEqualTo(302);
            assertThat(after.location()).endsWith("/console/login?expired");
            assertThat(here.get("/console").status()).as("the session in use is still good").isEqualTo(200);
        }
    }

    private java.util.List<Integer> maxInactiveSeconds(String username) {
        return jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u").param("u", username)
                .query(Integer.class).list();
    }

    private long expiredSessions(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :u and expiry_time < :now")
                .param("u", username).param("now", System.currentTimeMillis()).query(Long.class).single();
    }
}
