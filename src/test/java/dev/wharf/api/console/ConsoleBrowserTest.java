package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/** Logging in and out, what each role sees, the search box, the dashboard's links, a handheld's width, Turkish. */
class ConsoleBrowserTest extends BrowserTest {

    @Test
    void a_wrong_password_is_refused_in_red_and_logging_out_ends_the_session() {
        var warehouse = newWarehouse("GBP");
        var operator = account(warehouse.code(), "operator");
        open("/console");
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        browser.findElement(By.id("username")).sendKeys(operator.username());
        replacing(() -> browser.findElement(By.id("password")).sendKeys("not the password" + Keys.ENTER));
        assertRed("Wrong username or password");
        screenshot("20-login-failed");

        logIn(operator);
        click("logout");
        assertGreen("Logged out");
        screenshot("21-logged-out");
        open("/console/stock");
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
    }

    @Test
    void an_operator_sees_the_floor_flows_and_a_supervisor_also_the_dashboard_and_approvals() {
        var warehouse = newWarehouse("GBP");
        logIn(account(warehouse.code(), "operator"));
        assertThat(browser.findElements(By.cssSelector("nav.menu a"))).extracting(e -> e.getAttribute("id"))
                .containsExactly("nav-receive", "nav-putaway", "nav-pick", "nav-pack", "nav-ship", "nav-returns", "nav-stock", "nav-count");
        open("/console/supervisor/dashboard");
        assertThat(browser.findElements(By.id("attention"))).isEmpty();
        assertRed("Not allowed for your role");
        screenshot("29-operator-refused-dashboard");
        click("nav-home");
        click("logout");

        logIn(account(warehouse.code(), "supervisor"));
        assertThat(browser.findElements(By.cssSelector("nav.menu a"))).extracting(e -> e.getAttribute("id"))
                .containsExactly("nav-receive", "nav-putaway", "nav-pick", "nav-pack", "nav-ship", "nav-returns", "nav-stock", "nav-count",
                        "nav-dashboard", "nav-approvals", "nav-billing", "nav-sections");
        screenshot("22-home-supervisor");
    }

    @Test
    void the_search_box_opens_an_order_an_inbound_a_product_or_a_section_of_this_warehouse_only() {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var user = createUser(key, warehouse.id());
        var product = createProduct(key, user, warehouse.id());
        stock(key, user, warehouse.id(), product, 5, "B-07");
        var order = shipFromStock(key, warehouse.id(), user, product, 2);
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        var tracking = unique("TK");
        var inbound = announce(key, user, warehouse.id(), product, 3, tracking);
        // the same tracking number in another warehouse is never found from this one
        var elsewhere = newWarehouse("GBP");
        var otherUser = createUser(key, elsewhere.id());
        announce(key, otherUser, elsewhere.id(), createProduct(key, otherUser, elsewhere.id()), 1, tracking);

        logIn(account(warehouse.code(), "operator"));
        search(String.valueOf(order.id("Id")));
        assertThat(browser.getCurrentUrl()).endsWith("/console/orders/" + order.id("Id"));
        assertThat(text("#order-lines")).contains(sku(product));
        screenshot("23-search-order");

        search(tracking);
        assertThat(browser.getCurrentUrl()).endsWith("/console/receive/" + inbound.id("Id"));

        search(sku(product));
        assertThat(browser.getCurrentUrl()).contains("/console/stock?q=");
        assertThat(text("#stock tbody tr[data-section='B-07'] td.on-hand")).isEqualTo("5");

        search("B-07");
        assertThat(text("#stock")).contains(sku(product));

        search("nothing-like-this");
        assertThat(text("#next")).contains("Nothing here matches nothing-like-this");
        screenshot("24-search-nothing");
    }

    @Test
    void every_dashboard_number_leads_to_a_list_of_as_many_rows() {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var user = createUser(key, warehouse.id());
        var product = createProduct(key, user, warehouse.id());
        stock(key, user, warehouse.id(), product, 4, "A-02");
        assertThat(shipFromStock(key, warehouse.id(), user, product, 1).status()).isEqualTo(200);
        announce(key, user, warehouse.id(), product, 7, unique("TK"));

        logIn(account(warehouse.code(), "supervisor"));
        click("nav-dashboard");
        screenshot("25-dashboard");
        var figures = browser.findElements(By.cssSelector(".figures a")).stream().map(a -> a.getAttribute("id")).toList();
        assertThat(figures).contains("figure-dashboard-inbounds-expected", "figure-orders-ALLOCATED", "figure-orders-ERROR",
                "figure-dashboard-atRisk", "figure-dashboard-stockouts", "figure-dashboard-failingDeliveries");
        assertThat(number("figure-dashboard-inbounds-expected")).isEqualTo(1);
        assertThat(browser.findElement(By.id("figure-dashboard-openPickLists")).getAttribute("href"))
                .as("the open pick lists, not orders in PICKING").endsWith("/console/pick");
        long total = 0;
        for (var id : figures) {
            if (id.equals("figure-dashboard-failingDeliveries") || id.equals("figure-dashboard-openPickLists")) {
                continue; // not lists of this warehouse's orders or inbounds, one row per unit counted
            }
            open("/console/supervisor/dashboard");
            long shown = number(id);
            total += shown;
            click(id);
            assertThat(browser.findElements(By.cssSelector("#rows tbody tr td a"))).as(id).hasSize((int) shown);
        }
        assertThat(total).as("the warehouse's inbound and its order are both counted").isGreaterThanOrEqualTo(2);
        open("/console/lists/orders?status=ERROR");
        screenshot("26-list-held-orders");
    }

    @Test
    void on_a_360_pixel_handheld_nothing_scrolls_sideways_and_the_scan_field_is_wide() {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var user = createUser(key, warehouse.id());
        var product = createProduct(key, user, warehouse.id());
        var inbound = announce(key, user, warehouse.id(), product, 2, unique("TK"));
        browser.manage().window().setSize(new Dimension(360, 740));
        logIn(account(warehouse.code(), "operator"));
        open("/console/receive/" + inbound.id("Id"));
        scan("4444333223");
        assertGreen("1 of 2");
        screenshot("27-receive-360px");
        var viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue();
        var page = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue();
        var wider = browser.executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => !e.closest('.wide') && e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id).join(' ')");
        assertThat(page).as("page width at a %d px viewport; wider: %s", viewport, wider).isLessThanOrEqualTo(viewport);
        var field = browser.findElement(By.id("scan-code"));
        assertThat(field.getSize().getWidth()).isGreaterThan(viewport / 2);
        assertThat(field.getSize().getHeight()).as("a big target").isGreaterThanOrEqualTo(44);
    }

    @Test
    void the_console_speaks_turkish_once_chosen_and_keeps_it() {
        var warehouse = newWarehouse("GBP");
        logIn(account(warehouse.code(), "operator"));
        click("lang-tr");
        assertThat(text("h1")).startsWith("Merhaba");
        click("nav-receive");
        assertThat(text("h1")).isEqualTo("Mal kabul");
        scan("no-such-inbound");
        assertRed("no-such-inbound için bir şey bulunamadı", "ASN'yi veya koli üzerindeki takip numarasını okutun.");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("tr");
        screenshot("28-turkish");
        click("lang-en");
        assertThat(text("h1")).isEqualTo("Receive");
    }

    private void search(String code) {
        var box = browser.findElement(By.id("universal-search"));
        box.clear();
        replacing(() -> box.sendKeys(code + Keys.ENTER));
    }

    private long number(String figure) {
        return Long.parseLong(browser.findElement(By.cssSelector("#" + figure + " .n")).getText());
    }
}
