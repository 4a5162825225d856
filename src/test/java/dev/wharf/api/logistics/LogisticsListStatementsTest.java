package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.StatementCounting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Every list of the Logistics API reads a page with the same statements whether the page holds
 * one row or many: no statement per product (barcodes), per inbound, per return or per event.
 */
@Import(StatementCounting.class)
class LogisticsListStatementsTest extends LogisticsFixture {

    private static final int MANY = 4;

    private int statements(String path, String authorization, int expectedRows) {
        return checked(path, StatementCounting.get(http, path, authorization), expectedRows);
    }

    private int statementsOfPost(String path, String authorization, Object body, int expectedRows) {
        return checked(path, StatementCounting.post(http, path, authorization, body), expectedRows);
    }

    private static int checked(String path, StatementCounting.Counted counted, int expectedRows) {
        assertThat(counted.answer().status()).as(counted.answer().body()).isEqualTo(200);
        assertThat(counted.answer().json().size()).as(path + " " + counted.answer().body()).isEqualTo(expectedRows);
        assertThat(counted.statements()).as("statements are counted at all").isPositive();
        return counted.statements();
    }

    private static Map<String, Object> aReturn(String sku) {
        var address = new LinkedHashMap<String, Object>();
        address.put("name", "Jane Buyer");
        address.put("street1", "110 Sutter St");
        address.put("city", "San Francisco");
        address.put("zip", "94104");
        address.put("state", "CA");
        address.put("country", "US");
        var body = new LinkedHashMap<String, Object>();
        var external = unique("RET");
        body.put("rma", "RMA-" + external);
        body.put("externalReturnId", external);
        body.put("returnItems", List.of(Map.of("identifier", sku, "type", "LOGISTICS_SKU", "quantity", 1)));
        body.put("sourceAddress", address);
        return body;
    }

    /** Everything a merchant lists: products, received inbounds, returns, webhooks (and their events); the products' SKUs. */
    private List<String> fill(String merchant, int rows) {
        var skus = new java.util.ArrayList<String>();
        for (int i = 0; i < rows; i++) {
            var sku = product(merchant);
            skus.add(sku);
            var created = http.post(API + "/inbounds/shipments", merchant, Map.of("warehouseId", Long.toString(warehouse.id()),
                    "trackingNumber", unique("TRK"), "items", List.of(Map.of("logisticsSku", sku, "quantity", 2))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            var returned = http.post(API + "/returns", merchant, aReturn(sku));
            assertThat(returned.status()).as(returned.body()).isEqualTo(201);
            var hook = http.post(API + "/webhooks", merchant, Map.of("type", "Order.Shipped", "url", "https://hooks.example.com/" + unique("h"),
                    "method", "POST"));
            assertThat(hook.status()).as(hook.body()).isEqualTo(202);
        }
        return skus;
    }

    @Test
    void logistics_lists_of_many_rows_run_as_many_statements_as_lists_of_one() {
        aMerchant();
        var one = merchantToken(warehouse.code());
        var many = token;
        var skusOfOne = fill(one, 1);
        var skusOfMany = fill(many, MANY);

        for (var list : List.of("/products", "/products/inventory/all", "/inbounds/shipments", "/returns", "/webhooks")) {
            assertThat(statements(API + list, many, MANY)).as(list).isEqualTo(statements(API + list, one, 1));
        }
        var byWarehouse = API + "/products/warehouse";
        assertThat(statementsOfPost(byWarehouse, many, Map.of("logisticsSkus", skusOfMany), MANY))
                .isEqualTo(statementsOfPost(byWarehouse, one, Map.of("logisticsSkus", skusOfOne), 1));
        int eventsOfOne = http.get(API + "/events", one).json().size();
        int eventsOfMany = http.get(API + "/events", many).json().size();
        assertThat(eventsOfMany).isGreaterThan(eventsOfOne);
        assertThat(statements(API + "/events", many, eventsOfMany)).isEqualTo(statements(API + "/events", one, eventsOfOne));
    }

    @Test
    void an_account_holds_a_bounded_number_of_webhooks_so_their_unpaged_list_stays_small() {
        aMerchant();
        for (int i = 0; i < dev.wharf.events.LogisticsWebhooks.MAX_PER_ACCOUNT; i++) {
            var hook = http.post(API + "/webhooks", token, Map.of("type", "Order.Shipped", "url", "https://hooks.example.com/" + i, "method", "POST"));
            assertThat(hook.status()).as(hook.body()).isEqualTo(202);
        }
        var refused = http.post(API + "/webhooks", token, Map.of("type", "Order.Shipped", "url", "https://hooks.example.com/more", "method", "POST"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("url").contains("at most 100 webhooks");
        assertThat(http.get(API + "/webhooks", token).json().size()).isEqualTo(dev.wharf.events.LogisticsWebhooks.MAX_PER_ACCOUNT);
    }
}
