package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's session, CSRF and roles, over plain HTTP (the browser suite does the same by hand). */
class ConsoleLoginTest extends ConsoleTest {

    @Test
    void a_page_without_a_session_sends_the_browser_to_the_login_form() {
        var page = new ConsoleClient(port).get("/console");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/console/login");
    }

    @Test
    void logging_in_gives_an_http_only_same_site_cookie_for_the_console_alone() {
        var warehouse = newWarehouse("GBP");
        var account = account(warehouse.code(), "operator");
        var client = new ConsoleClient(port);
        var login = client.login(account.username(), account.password());
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.setCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/console");
        var home = client.get("/console");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains(account.username());
    }

    @Test
    void a_login_without_the_csrf_token_is_refused_and_starts_no_session() {
        var warehouse = newWarehouse("GBP");
        var account = account(warehouse.code(), "operator");
        var client = new ConsoleClient(port);
        var page = client.post("/console/login", Map.of("username", account.username(), "password", account.password()));
        assertThat(page.status()).as(page.location() + page.body()).isEqualTo(403);
        assertThat(client.get("/console").status()).isEqualTo(302);
    }

    @Test
    void a_wrong_password_answers_the_login_form_again_with_401() {
        var warehouse = newWarehouse("GBP");
        var account = account(warehouse.code(), "operator");
        var client = new ConsoleClient(port);
        var page = client.login(account.username(), "not the password at all");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("Wrong username or password").contains("name=\"password\"");
        assertThat(client.get("/console").status()).isEqualTo(302);
    }

    @Test
    void a_state_changing_post_without_the_csrf_token_is_refused() {
        var warehouse = newWarehouse("GBP");
        var client = loggedIn(account(warehouse.code(), "operator"));
        var refused = client.post("/console/logout", Map.of());
        assertThat(refused.status()).as(refused.location() + refused.body()).isEqualTo(403);
        assertThat(client.get("/console").status()).isEqualTo(200);
    }

    @Test
    void the_console_cookie_is_not_a_credential_of_the_ops_api() {
        var warehouse = newWarehouse("GBP");
        var client = loggedIn(account(warehouse.code(), "supervisor"));
        var me = client.send(client.request("/ops/api/me").GET());
        assertThat(me.status()).isEqualTo(401);
    }

    @Test
    void an_ops_api_token_is_not_a_credential_of_the_console() {
        var warehouse = newWarehouse("GBP");
        var bearer = operatorOf(warehouse.code(), "supervisor");
        var client = new ConsoleClient(port);
        var page = client.send(client.request("/console").header("Authorization", bearer).GET());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/console/login");
    }

    @Test
    void an_operator_sees_the_floor_flows_and_not_the_supervisor_screens() {
        var warehouse = newWarehouse("GBP");
        var operator = loggedIn(account(warehouse.code(), "operator"));
        var home = operator.get("/console").body();
        assertThat(home).contains("/console/receive").doesNotContain("/console/supervisor/dashboard");
        assertThat(operator.get("/console/supervisor/dashboard").status()).isEqualTo(403);

        var supervisor = loggedIn(account(warehouse.code(), "supervisor"));
        assertThat(supervisor.get("/console").body()).contains("/console/receive").contains("/console/supervisor/dashboard");
    }

    @Test
    void after_logout_the_old_cookie_opens_nothing() {
        var warehouse = newWarehouse("GBP");
        var client = loggedIn(account(warehouse.code(), "operator"));
        var old = client.session;
        client.get("/console");
        var logout = client.submit("/console/logout", Map.of());
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.location()).contains("/console/login?logout");
        client.session = old;
        var page = client.get("/console");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/console/login");
    }

    @Test
    void the_console_speaks_turkish_when_asked() {
        var client = new ConsoleClient(port);
        var page = client.send(client.request("/console/login").header("Accept-Language", "tr-TR,tr;q=0.9").GET());
        assertThat(page.body()).contains("Kullanıcı adı").contains("lang=\"tr\"");
        var english = new ConsoleClient(port).send(new ConsoleClient(port).request("/console/login").header("Accept-Language", "de").GET());
        assertThat(english.body()).contains("Username").contains("lang=\"en\"");
    }
}
