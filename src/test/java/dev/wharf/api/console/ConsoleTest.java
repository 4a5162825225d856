package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.WharfIntegrationTest;
import java.util.Map;

/** What console tests share: operators whose passwords the test knows. */
abstract class ConsoleTest extends WharfIntegrationTest {

    /** An operator (or supervisor) account: what the admin API created. */
    record Account(String username, String password, String warehouseCode) {
    }

    protected Account account(String warehouseCode, String role) {
        var username = unique(role);
        var password = "correct horse battery " + username;
        var created = http.post("/admin/api/operators", ADMIN, Map.of("username", username, "password", password, "role", role,
                "warehouseCode", warehouseCode));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Account(username, password, warehouseCode);
    }

    protected ConsoleClient loggedIn(Account account) {
        var client = new ConsoleClient(port);
        var login = client.login(account.username(), account.password());
        assertThat(login.status()).as(login.body()).isEqualTo(302);
        assertThat(login.location()).endsWith("/console");
        return client;
    }
}
