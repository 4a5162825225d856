package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions: created (202), listed, read and deleted; duplicates, foreign ids and bad input refused. */
class LogisticsWebhooksTest extends LogisticsFixture {

    @BeforeEach
    void merchant() {
        aMerchant();
    }

    private static Map<String, Object> subscription(String type, String url, String method, String auth, String... credentials) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type);
        body.put("url", url);
        body.put("method", method);
        if (auth != null) {
            body.put("authMethod", auth);
        }
        for (int i = 0; i < credentials.length; i += 2) {
            body.put(credentials[i], credentials[i + 1]);
        }
        return body;
    }

    @Test
    void a_webhook_is_created_listed_read_and_deleted_and_its_secret_is_never_shown() {
        var created = http.post(API + "/webhooks", token, subscription("Order.Shipped", "https://hooks.example.com/a", "PUT",
                "TOKEN", "token", "tok-secret-1", "tokenHeader", "X-Api-Key"));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        assertThat(created.json().path("id").isNumber()).isTrue();
        assertThat(created.text("type")).isEqualTo("Order.Shipped");
        assertThat(created.text("url")).isEqualTo("https://hooks.example.com/a");
        assertThat(created.text("method")).isEqualTo("PUT");
        assertThat(created.text("authMethod")).isEqualTo("TOKEN");
        assertThat(created.text("tokenHeader")).isEqualTo("X-Api-Key");
        assertThat(created.json().has("username")).isTrue();
        assertThat(created.json().path("username").isNull()).isTrue();
        assertThat(created.body()).doesNotContain("tok-secret-1");
        long id = created.id("id");

        var basic = http.post(API + "/webhooks", token, subscription("Inbound.Received", "https://hooks.example.com/b", "POST",
                "BASIC_AUTH", "username", "wharf", "password", "pw-secret-2"));
        assertThat(basic.status()).as(basic.body()).isEqualTo(202);
        assertThat(basic.body()).doesNotContain("pw-secret-2");
        var none = http.post(API + "/webhooks", token, subscription("Return.Updated", "https://hooks.example.com/c", "POST", null));
        assertThat(none.status()).as(none.body()).isEqualTo(202);
        assertThat(none.text("authMethod")).isEqualTo("NONE");

        var list = http.get(API + "/webhooks", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json()).hasSize(3);
        assertThat(list.body()).doesNotContain("tok-secret-1").doesNotContain("pw-secret-2");

        var read = http.get(API + "/webhooks/" + id, token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());

        var deleted = http.delete(API + "/webhooks/" + id, token);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(created.json());
        assertThat(http.get(API + "/webhooks/" + id, token).status()).isEqualTo(404);
        assertThat(http.delete(API + "/webhooks/" + id, token).status()).isEqualTo(404);
        assertThat(http.get(API + "/webhooks", token).json()).hasSize(2);
    }

    @Test
    void the_same_type_and_url_twice_is_a_conflict_for_the_account_but_not_for_another() {
        var first = http.post(API + "/webhooks", token, subscription("Order.Cancelled", "https://hooks.example.com/d", "POST", "NONE"));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        var again = http.post(API + "/webhooks", token, subscription("Order.Cancelled", "https://hooks.example.com/d", "PUT", "NONE"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        var otherType = http.post(API + "/webhooks", token, subscription("Order.Shipped", "https://hooks.example.com/d", "POST", "NONE"));
        assertThat(otherType.status()).isEqualTo(202);
        var otherAccount = http.post(API + "/webhooks", merchantToken(warehouse.code()),
                subscription("Order.Cancelled", "https://hooks.example.com/d", "POST", "NONE"));
        assertThat(otherAccount.status()).isEqualTo(202);
        assertThat(http.get(API + "/webhooks", token).json()).hasSize(2);
    }

    @Test
    void another_accounts_webhook_answers_exactly_as_a_missing_one() {
        var other = merchantToken(warehouse.code());
        long theirs = http.post(API + "/webhooks", other, subscription("Order.Shipped", "https://hooks.example.com/e", "POST", "NONE"))
                .id("id");
        long missing = theirs + 1_000_000;

        var foreign = http.get(API + "/webhooks/" + theirs, token);
        var absent = http.get(API + "/webhooks/" + missing, token);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(foreign.json().path("type")).isEqualTo(absent.json().path("type"));
        assertThat(foreign.json().path("title")).isEqualTo(absent.json().path("title"));
        assertThat(foreign.text("detail").replace(Long.toString(theirs), "ID"))
                .isEqualTo(absent.text("detail").replace(Long.toString(missing), "ID"));
        assertThat(http.delete(API + "/webhooks/" + theirs, token).status()).isEqualTo(404);
        assertThat(http.get(API + "/webhooks", token).json()).isEmpty();
        assertThat(http.get(API + "/webhooks/" + theirs, other).status()).isEqualTo(200);
    }

    @Test
    void bad_subscriptions_are_refused_naming_the_field_and_write_nothing() {
        var before = rowCounts();
        assertRefused(subscription("Order.Shipped", "http://hooks.example.com/x", "POST", "NONE"), "url");
        assertRefused(subscription("Order.Shipped", "javascript:alert(1)", "POST", "NONE"), "url");
        assertRefused(subscription("Order.Shipped", "https://user:pw@hooks.example.com/x", "POST", "NONE"), "url");
        assertRefused(subscription("Order.Delivered", "https://hooks.example.com/x", "POST", "NONE"), "type");
        assertRefused(subscription("Order.Shipped", "https://hooks.example.com/x", "GET", "NONE"), "method");
        assertRefused(subscription("Order.Shipped", "https://hooks.example.com/x", "POST", "OAUTH"), "authMethod");
        assertRefused(subscription("Order.Shipped", "https://hooks.example.com/x", "POST", "BASIC_AUTH", "username", "u"), "password");
        assertRefused(subscription("Order.Shipped", "https://hooks.example.com/x", "POST", "TOKEN", "token", "t"), "tokenHeader");
        assertRefused(subscription("Order.Shipped", "https://hooks.example.com/x", "POST", "NONE", "token", "t"), "token");
        assertRefused(subscription("Order.Shipped", "https://hooks.example.com/x", "POST", "TOKEN", "token", "t",
                "tokenHeader", "Bad Header"), "tokenHeader");
        var noUrl = new LinkedHashMap<String, Object>(Map.of("type", "Order.Shipped", "method", "POST"));
        assertRefused(noUrl, "url");
        assertThat(http.get(API + "/webhooks/abc", token).status()).isEqualTo(400);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void the_published_document_lists_the_event_types_methods_and_auth_methods_as_enums() {
        var doc = http.get("/v3/api-docs/logistics", null).json();
        var schemas = doc.path("components").path("schemas");
        for (var model : List.of("WebhookCreateModel", "WebhookModel")) {
            var properties = schemas.path(model).path("properties");
            assertThat(enumOf(properties.path("type"))).as(model).containsExactly("Order.Shipped", "Order.Cancelled", "Shipment.Created",
                    "Shipment.Shipped", "Shipment.Cancelled", "Inbound.Received", "Inbound.ShipmentStatusChanged", "Inventory.Adjusted",
                    "Return.Updated");
            assertThat(enumOf(properties.path("method"))).as(model).containsExactly("POST", "PUT");
            assertThat(enumOf(properties.path("authMethod"))).as(model).containsExactly("BASIC_AUTH", "TOKEN", "NONE");
        }
        assertThat(schemas.path("WebhookModel").path("properties").has("password")).isFalse();
        assertThat(schemas.path("WebhookCreateModel").path("required").valueStream().map(v -> v.asString()).toList())
                .containsExactlyInAnyOrder("type", "url", "method");
        var paths = doc.path("paths");
        assertThat(paths.path("/logistics/api/2024-04/webhooks").path("post").path("responses").has("202")).isTrue();
        assertThat(paths.path("/logistics/api/2024-04/webhooks").path("post").path("responses").has("409")).isTrue();
        assertThat(paths.path("/logistics/api/2024-04/events").path("get").path("responses").path("200").path("headers").has("Link"))
                .isTrue();
    }

    private static List<String> enumOf(tools.jackson.databind.JsonNode property) {
        return property.path("enum").valueStream().map(v -> v.asString()).toList();
    }

    private void assertRefused(Map<String, Object> body, String field) {
        var answer = http.post(API + "/webhooks", token, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.text("detail")).as(answer.body()).contains(field);
        assertThat(answer.body()).doesNotContain("dev.wharf").doesNotContain("Exception");
    }
}
