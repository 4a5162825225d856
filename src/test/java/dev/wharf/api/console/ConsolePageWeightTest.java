package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a handheld on a poor connection pays for the receive screen: the bytes of HTML, CSS and JS
 * and the time until the page is interactive, cold (no cache) over 1.6 Mbit/s with 150 ms round
 * trips (Chrome's network emulation). Written to target/console-screenshots/receive-weight.txt.
 */
class ConsolePageWeightTest extends BrowserTest {

    @Test
    void the_receive_screen_is_small_and_interactive_quickly_over_a_slow_connection() throws IOException {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var user = createUser(key, warehouse.id());
        var product = createProduct(key, user, warehouse.id());
        var inbound = announce(key, user, warehouse.id(), product, 12, unique("TK"));
        logIn(account(warehouse.code(), "operator"));

        weigh("receive", "/console/receive/" + inbound.id("Id"));
    }

    @Test
    void the_pick_screen_of_a_ten_order_list_is_small_and_interactive_quickly_over_a_slow_connection() throws IOException {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var user = createUser(key, warehouse.id());
        var orders = new java.util.ArrayList<Long>();
        for (var section : List.of("A-01", "B-02", "C-03")) {
            var product = createProduct(key, user, warehouse.id());
            stock(key, user, warehouse.id(), product, 4, section);
            for (int i = 0; i < (section.equals("A-01") ? 4 : 3); i++) {
                var order = shipFromStock(key, warehouse.id(), user, product, 1);
                assertThat(order.status()).as(order.body()).isEqualTo(200);
                orders.add(order.id("Id"));
            }
        }
        var list = http.post("/ops/api/pick-lists", operatorOf(warehouse.code(), "operator"), Map.of("orderIds", orders));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        logIn(account(warehouse.code(), "operator"));
        weigh("pick", "/console/pick/" + list.id("id"));
    }

    /** Opens the page cold over the slow connection; writes target/console-screenshots/{name}-weight.txt. */
    private void weigh(String name, String path) throws IOException {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
        try {
            open(path);
            @SuppressWarnings("unchecked")
            var timing = (Map<String, Object>) browser.executeScript("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const parts = [nav].concat(performance.getEntriesByType('resource'));
                    return {
                      transferred: parts.reduce((sum, e) => sum + e.transferSize, 0),
                      body: parts.reduce((sum, e) => sum + e.decodedBodySize, 0),
                      files: parts.map(e => e.name.replace(location.origin, '') + ' ' + e.decodedBodySize),
                      interactive: Math.round(nav.domInteractive - nav.startTime),
                      contentLoaded: Math.round(nav.domContentLoadedEventEnd - nav.startTime),
                      loaded: Math.round(nav.loadEventEnd - nav.startTime)
                    };""");
            var report = name + " screen, cold cache, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency\n"
                    + "bytes transferred (HTML+CSS+JS, headers included): " + timing.get("transferred") + "\n"
                    + "bytes of content (decoded): " + timing.get("body") + "\n"
                    + "files: " + timing.get("files") + "\n"
                    + "DOM interactive: " + timing.get("interactive") + " ms\n"
                    + "DOMContentLoaded done (scripts run, scan field focused): " + timing.get("contentLoaded") + " ms\n"
                    + "load event done: " + timing.get("loaded") + " ms\n";
            Files.writeString(SCREENSHOTS.resolve(name + "-weight.txt"), report);
            System.out.println(report);
            assertThat((List<?>) timing.get("files")).hasSize(3);
            assertThat(((Number) timing.get("body")).longValue()).as(report).isLessThan(40_000);
            assertThat(((Number) timing.get("contentLoaded")).longValue()).as(report).isLessThan(5_000);
        } finally {
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }
}
