package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console's lists filter by merchant, status and date, page by 25, and stay in the operator's warehouse. */
class ConsoleListsTest extends ConsoleTest {

    private static final Pattern ROW_LINK = Pattern.compile("<td><a href=\"/console/(orders|receive)/(\\d+)\"");

    @Test
    void the_order_list_filters_by_merchant_status_and_date() {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var first = createUser(key, warehouse.id());
        var second = createUser(key, warehouse.id());
        var firstProduct = createProduct(key, first, warehouse.id());
        var secondProduct = createProduct(key, second, warehouse.id());
        stock(key, first, warehouse.id(), firstProduct, 3, "A-01");
        stock(key, second, warehouse.id(), secondProduct, 3, "A-02");
        var firstOrder = shipFromStock(key, warehouse.id(), first, firstProduct, 1).id("Id");
        var secondOrder = shipFromStock(key, warehouse.id(), second, secondProduct, 1).id("Id");
        var client = loggedIn(account(warehouse.code(), "operator"));
        var today = LocalDate.now(ZoneId.of("Europe/London"));

        assertThat(ids(client.get("/console/lists/orders").body())).containsExactly(secondOrder, firstOrder);
        assertThat(ids(client.get("/console/lists/orders?merchant=" + first).body())).containsExactly(firstOrder);
        assertThat(ids(client.get("/console/lists/orders?status=CANCELLED").body())).isEmpty();
        assertThat(ids(client.get("/console/lists/orders?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)).body()))
                .containsExactly(secondOrder, firstOrder);
        assertThat(ids(client.get("/console/lists/orders?from=" + today.plusDays(2)).body())).isEmpty();

        var refused = client.get("/console/lists/orders?from=yesterday");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("is not a date");

        var elsewhere = loggedIn(account(newWarehouse("GBP").code(), "operator"));
        assertThat(ids(elsewhere.get("/console/lists/orders").body())).as("another warehouse's operator").isEmpty();
        assertThat(elsewhere.get("/console/orders/" + firstOrder).status()).isEqualTo(404);
    }

    @Test
    void the_inbound_list_pages_by_twenty_five() {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var user = createUser(key, warehouse.id());
        var product = createProduct(key, user, warehouse.id());
        for (int i = 0; i < 26; i++) {
            announce(key, user, warehouse.id(), product, 1, unique("TK"));
        }
        var client = loggedIn(account(warehouse.code(), "supervisor"));

        var first = client.get("/console/lists/inbounds?status=EXPECTED");
        var second = client.get("/console/lists/inbounds?status=EXPECTED&page=1");

        assertThat(ids(first.body())).hasSize(25);
        assertThat(first.body()).contains("rel=\"next\"");
        assertThat(ids(second.body())).hasSize(1).doesNotContainAnyElementsOf(ids(first.body()));
        assertThat(second.body()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(ids(client.get("/console/lists/inbounds?status=CLOSED").body())).isEmpty();
    }

    private static java.util.List<Long> ids(String page) {
        var ids = new java.util.ArrayList<Long>();
        var m = ROW_LINK.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(2)));
        }
        return ids;
    }
}
