package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

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

    @Autowired
    private Catalog catalog;

    protected String sku(long product) {
        return catalog.findAny(new ProductId(product)).orElseThrow().sku();
    }

    /** An inbound of one product in one parcel with this tracking number (ShipAPI FBM). */
    protected Http.Answer announce(String key, long user, long warehouse, long product, int quantity, String tracking) {
        var answer = http.post("/shipapi/fbm/addUpdate", key, Map.of("warehouseId", warehouse, "userId", user,
                "packages", List.of(Map.of("carrierName", "Fedex", "trackNumber", tracking,
                        "packageItems", List.of(Map.of("productId", product, "quantity", quantity)))),
                "isActive", true));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** A merchant of the warehouse whose ten units were received today at a rate card charging receipts. */
    protected long chargedMerchant(WarehouseRef warehouse) {
        var card = new java.util.LinkedHashMap<String, Object>();
        card.put("effectiveFrom", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
        card.put("receivingPerUnit", 0.15);
        card.put("receivingPerCarton", 2.50);
        var set = http.send(http.builder("/admin/api/warehouses/" + warehouse.id() + "/rate-card", ADMIN)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(card))));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var key = newShipApiKey();
        var merchant = createUser(key, warehouse.id());
        stock(key, merchant, warehouse.id(), createProduct(key, merchant, warehouse.id()), 10, "A-01");
        return merchant;
    }

    protected ConsoleClient loggedIn(Account account) {
        var client = new ConsoleClient(port);
        var login = client.login(account.username(), account.password());
        assertThat(login.status()).as(login.body()).isEqualTo(302);
        assertThat(login.location()).endsWith("/console");
        return client;
    }
}
