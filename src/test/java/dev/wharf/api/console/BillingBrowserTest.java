package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A supervisor finds a merchant's statement through the menu, in the browser. */
class BillingBrowserTest extends BrowserTest {

    @Test
    void a_supervisor_opens_billing_from_the_menu_and_sees_the_merchants_total_of_this_month() {
        var warehouse = newWarehouse("GBP");
        long merchant = chargedMerchant(warehouse);
        var ops = http.get("/ops/api/billing/merchants/" + merchant + "/statement?month=" + java.time.YearMonth.now(
                java.time.ZoneId.of("Europe/London")), operatorOf(warehouse.code(), "supervisor")).json();

        logIn(account(warehouse.code(), "supervisor"));
        click("nav-billing");
        click("show");
        // ten units at 0.15 and one carton at 2.50, in the currency's two decimals
        assertThat(text("#total")).isEqualTo("4.00");
        assertThat(new java.math.BigDecimal(text("#total"))).isEqualByComparingTo(ops.path("total").decimalValue());
        assertThat(browser.findElement(By.id("month-state")).getAttribute("class")).isEqualTo("open");
        assertThat(browser.findElements(By.cssSelector("#rows tbody tr"))).hasSize(ops.path("lineCount").asInt());
        screenshot("40-billing-statement");
    }
}
