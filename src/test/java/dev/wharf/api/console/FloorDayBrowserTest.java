package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Receive, put away, look up, adjust and count through the console; the ledger checked after each. */
class FloorDayBrowserTest extends BrowserTest {

    @Test
    void an_inbound_is_received_put_away_adjusted_and_counted_with_a_supervisors_approval() {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        var user = createUser(key, warehouse.id());
        var product = createProduct(key, user, warehouse.id());
        var sku = sku(product);
        var tracking = unique("TK");
        var inbound = announce(key, user, warehouse.id(), product, 20, tracking);
        var operator = account(warehouse.code(), "operator");
        var supervisor = account(warehouse.code(), "supervisor");
        // Putaway names only sections a supervisor created (ops branch).
        assertThat(http.post("/ops/api/sections", operatorOf(warehouse.code(), "supervisor"), java.util.Map.of("code", "A-01")).status())
                .isEqualTo(201);

        logIn(operator);
        screenshot("01-home-operator");
        click("nav-receive");
        screenshot("02-receive-find");
        scan(tracking);
        assertThat(browser.getCurrentUrl()).contains("/console/receive/" + inbound.id("Id"));
        assertThat(text("#lines tbody tr td.num")).isEqualTo("20");
        screenshot("03-receive-inbound");

        scan("4444333223");
        assertGreen("+1 " + sku, "1 of 20");
        scan("4444333223");
        scan("4444333223");
        assertGreen("3 of 20");
        screenshot("04-receive-scanned");

        scan("0000000000");
        assertRed("Not found", "0000000000");
        screenshot("05-receive-unknown-barcode");

        typeAndEnter("damaged-code", "4444333223");
        assertGreen("damaged " + sku, "4 of 20");

        type("count-code", sku);
        type("count-good", "15");
        click("count-submit");
        assertGreen("+15 " + sku, "19 of 20");
        assertThat(text("#lines tbody tr td.good")).isEqualTo("18");
        assertThat(text("#lines tbody tr td.damaged")).isEqualTo("1");

        click("close");
        assertGreen("is closed", "1 lines differ");
        assertThat(text("#lines tbody tr td.diff")).isEqualTo("-1");
        assertThat(browser.findElement(By.cssSelector("#lines tbody tr")).getAttribute("class")).isEqualTo("short");
        screenshot("06-receive-closed");
        assertThat(browser.findElements(By.id("scan-code"))).as("a closed inbound takes no scan").isEmpty();

        click("nav-putaway");
        scan("4444333223");
        assertThat(text("#putaway-product")).contains(sku, "18");
        screenshot("07-putaway-section");
        var quantity = browser.findElement(By.id("quantity"));
        assertThat(quantity.getAttribute("value")).isEqualTo("18");
        scan("A-01");
        assertGreen("18 × " + sku + " put in A-01");
        screenshot("08-putaway-done");
        assertThat(availableStock(key, warehouse.id(), user, product)).isEqualTo(18);

        click("nav-stock");
        scan(sku);
        assertThat(text("#stock tbody tr[data-section='A-01'] td.on-hand")).isEqualTo("18");
        screenshot("09-stock-by-sku");
        type("adjust-code", "4444333223");
        type("adjust-section", "A-01");
        type("adjust-quantity", "-1");
        browser.findElement(By.id("adjust-reason")).sendKeys("lost");
        type("adjust-note", "fell behind the shelf");
        click("adjust-submit");
        assertGreen("-1 " + sku + " in A-01");
        assertThat(text("#stock tbody tr[data-section='A-01'] td.on-hand")).isEqualTo("17");
        screenshot("10-stock-adjusted");
        assertThat(availableStock(key, warehouse.id(), user, product)).isEqualTo(17);

        click("nav-count");
        scan("A-01");
        var counted = browser.findElement(By.cssSelector("#count-form input[name=counted]"));
        counted.sendKeys("5");
        screenshot("11-count-section");
        replacing(() -> browser.findElement(By.cssSelector("#count-form input[name=counted]")).sendKeys(Keys.ENTER));
        assertGreen("waits for a supervisor");
        assertThat(availableStock(key, warehouse.id(), user, product)).as("nothing applied before approval").isEqualTo(17);
        assertThat(browser.findElements(By.id("nav-approvals"))).as("an operator approves nothing").isEmpty();

        click("logout");
        logIn(supervisor);
        click("nav-approvals");
        screenshot("12-approvals");
        var approve = browser.findElement(By.cssSelector("button[id^=approve-]"));
        assertThat(browser.findElement(By.cssSelector("section.count")).getText()).contains(sku, "17", "5", "-12", operator.username());
        click(approve.getAttribute("id"));
        assertGreen("approved and applied");
        assertThat(browser.findElement(By.id("no-approvals")).isDisplayed()).isTrue();
        screenshot("13-approved");
        assertThat(availableStock(key, warehouse.id(), user, product)).isEqualTo(5);
        assertLedgerAgreesWithBalances();
    }
}
