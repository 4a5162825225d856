package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A warehouse with a ShipAPI merchant, products with known barcodes, stock in sections and orders to pick. */
abstract class OutboundFloorFixture extends ConsoleTest {

    protected WarehouseRef warehouse;
    protected String key;
    protected long merchant;

    protected void aWarehouseWithAMerchant() {
        warehouse = newWarehouse("GBP");
        addRate(warehouse.id(), "Wharf Post", "Standard", "0", "30", "4.45");
        key = newShipApiKey();
        merchant = createUser(key, warehouse.id());
    }

    /** A product of the merchant whose SKU and barcode are both {@code code}. */
    protected long product(long user, String code) {
        return product(user, code, code);
    }

    protected long product(long user, String sku, String barcode) {
        var answer = http.post("/shipapi/product/addUpdate", key, Map.of("warehouseId", warehouse.id(), "userId", user,
                "title", "Product " + sku, "SKU", sku, "barcode", barcode, "weight", 0.4, "weightUnit", "kg"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.id("Id");
    }

    /** An order of the merchant for product/quantity pairs, allocated from stock. */
    protected long order(long user, long... productQuantityPairs) {
        var products = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < productQuantityPairs.length; i += 2) {
            products.add(Map.of("productId", productQuantityPairs[i], "quantity", productQuantityPairs[i + 1]));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouse.id());
        body.put("userId", user);
        body.put("products", products);
        body.put("shipTo", shipTo());
        var answer = http.post("/shipapi/shipment/add", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.id("Id");
    }

    /** The order as the floor sees it through the ops API. */
    protected String orderStatus(long orderId) {
        var op = operatorOf(warehouse.code(), "operator");
        var answer = http.get("/ops/api/orders/" + orderId, op);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.text("status");
    }

    /** Logged in, with the CSRF token of the session's first page (the login rotates it). */
    protected ConsoleClient floorClient(Account account) {
        var client = loggedIn(account);
        assertThat(client.get("/console").status()).isEqualTo(200);
        return client;
    }

    /** Posts a scan (or any form) and answers the page the redirect leads to, with its banner. */
    protected ConsoleClient.Page submitAndFollow(ConsoleClient client, String path, Map<String, String> form) {
        var posted = client.submit(path, form);
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        var page = client.get(URI.create(posted.location()).getPath());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page;
    }

    protected ConsoleClient.Page scan(ConsoleClient client, String path, String code) {
        return submitAndFollow(client, path, Map.of("code", code));
    }

    protected static String path(ConsoleClient.Page posted) {
        return URI.create(posted.location()).getPath();
    }

    /** The banner's class (ok or refused) and its text, tags removed. */
    protected static String banner(ConsoleClient.Page page) {
        var matcher = Pattern.compile("<section id=\"banner\" class=\"banner (ok|refused)\".*?</section>", Pattern.DOTALL).matcher(page.body());
        assertThat(matcher.find()).as("a banner on " + page.body()).isTrue();
        return matcher.group(1) + ": " + matcher.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
}
