package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * A whole day of one warehouse through the console, as its people do it with a scanner: receive
 * an inbound, put it away, pick, pack and ship an order, take back a return, count a section. The
 * merchant works through the Logistics API; every scan is keystrokes and Enter; the ledger is
 * checked at the end, and each page is saved as a screenshot.
 */
class ConsoleWholeDayTest extends BrowserTest {

    private static final String API = LogisticsBodies.API;

    @Test
    void a_day_of_receiving_putting_away_picking_packing_shipping_a_return_and_a_count_keeps_the_ledger_true() {
        var warehouse = newWarehouse("GBP");
        addRate(warehouse.id(), "Wharf Post", "Standard", "0", "30", "4.45");
        var merchant = ok(http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("merchant"), "dialect", "logistics",
                "warehouseCode", warehouse.code())), 201);
        var token = "Bearer " + merchant.text("token");
        var barcode = unique("BC");
        var sku = ok(http.post(API + "/products", token, Map.of("name", "Enamel mug", "merchantSku", unique("MUG"),
                "barcodes", List.of(barcode))), 201).text("logisticsSku");
        var tracking = unique("TRK");
        var inbound = ok(http.post(API + "/inbounds/shipments", token, Map.of("warehouseId", Long.toString(warehouse.id()),
                "trackingNumber", tracking, "items", List.of(Map.of("logisticsSku", sku, "quantity", 20)))), 201).text("id");
        var supervisorApi = operatorOf(warehouse.code(), "supervisor");
        ok(http.post("/ops/api/sections", supervisorApi, Map.of("code", "A-01")), 201);
        var operator = account(warehouse.code(), "operator");
        var supervisor = account(warehouse.code(), "supervisor");

        // ---- Receive: the parcel's tracking number opens the inbound; one unit scanned, nineteen counted.
        logIn(operator);
        click("nav-receive");
        scan(tracking);
        assertThat(browser.getCurrentUrl()).contains("/console/receive/" + inbound);
        scan(barcode);
        assertGreen("1 of 20");
        type("count-code", barcode);
        type("count-good", "19");
        click("count-submit");
        assertGreen("20 of 20");
        click("close");
        assertGreen("is closed");
        screenshot("day-01-received");

        // ---- Put away: a mistyped section is refused; the supervisor's A-01 takes all twenty.
        click("nav-putaway");
        scan(barcode);
        scan("A-0I");
        assertRed("A-0I");
        scan(barcode);
        scan("A-01");
        assertGreen("put in A-01");
        screenshot("day-02-put-away");
        assertThat(available(token, sku)).isEqualTo(20);

        // ---- The merchant's order for two mugs; the picker starts its list on a handheld.
        var order = ok(http.post(API + "/orders", token, LogisticsBodies.order(unique("WEB"), sku, 2)), 200).text("id");
        browser.manage().window().setSize(new Dimension(360, 740));
        click("nav-pick");
        scan(order);
        assertGreen("Go to section A-01");
        assertFitsTheScreen();
        screenshot("day-03-pick-list-360px");
        scan(barcode);
        assertRed("Scan the section first");
        scan("A-01");
        assertGreen("Section A-01", "2 more to pick");
        scan(barcode);
        scan(barcode);
        assertGreen("Pick list done");
        screenshot("day-04-picked-360px");

        // ---- Pack: each unit confirmed by a scan, then box and weight; Wharf prints the label.
        click("to-pack");
        scan(order);
        scan(barcode);
        scan(barcode);
        assertGreen("confirmed (2 of 2)", "Every unit is confirmed");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the box field waits").isEqualTo("box");
        browser.switchTo().activeElement().sendKeys("S");
        typeAndEnter("weight", "0.8");
        assertGreen("Packed: tracking number WHF");
        var parcel = text("#packages td.tracking");
        assertThat(browser.findElement(By.cssSelector("a[id^=label-pdf-]")).getAttribute("href")).endsWith("/label.pdf");
        assertThat(browser.findElement(By.id("packing-slip")).getAttribute("href")).endsWith("/console/orders/" + order + "/packing-slip.pdf");
        assertFitsTheScreen();
        screenshot("day-05-packed-360px");
        browser.manage().window().setSize(new Dimension(1280, 900));

        // ---- Ship: the parcel goes onto today's Wharf Post manifest.
        click("to-ship");
        scan(parcel);
        assertGreen(parcel, "WHARF POST manifest");
        assertThat(text("#manifest-packages")).contains(parcel, order);
        screenshot("day-06-on-manifest");

        // ---- A return comes back: received by its RMA, the mug restocked into A-01.
        var rma = ok(http.post(API + "/returns", token, LogisticsBodies.aReturn(unique("R"), sku, 1)), 201).text("rma");
        click("nav-returns");
        scan(rma);
        assertGreen(rma, "received");
        new Select(browser.findElement(By.id("disposition"))).selectByValue("RESTOCK");
        type("section", "A-01");
        typeAndEnter("scan-code", barcode);
        assertGreen("restock", "Every unit is inspected");
        screenshot("day-07-return-inspected");
        click("logout");

        // ---- The carrier collects: the supervisor closes the manifest and the order ships.
        logIn(supervisor);
        click("nav-ship");
        click("manifest-link-WHARF-POST");
        click("close-manifest");
        assertGreen("WHARF POST manifest closed: 1 orders shipped");
        screenshot("day-08-manifest-closed");
        assertThat(opsOrderStatus(supervisorApi, order)).isEqualTo("SHIPPED");
        assertThat(available(token, sku)).as("20 in, 2 shipped, 1 returned").isEqualTo(19);
        click("logout");

        // ---- A cycle count of A-01 finds five mugs: it waits for the supervisor, who approves it.
        logIn(operator);
        click("nav-count");
        scan("A-01");
        browser.findElement(By.cssSelector("#count-form input[name=counted]")).sendKeys("5");
        replacing(() -> browser.findElement(By.cssSelector("#count-form input[name=counted]")).sendKeys(Keys.ENTER));
        assertGreen("waits for a supervisor");
        assertThat(available(token, sku)).isEqualTo(19);
        click("logout");
        logIn(supervisor);
        click("nav-approvals");
        click(browser.findElement(By.cssSelector("button[id^=approve-]")).getAttribute("id"));
        assertGreen("approved and applied");
        screenshot("day-09-count-approved");
        assertThat(available(token, sku)).isEqualTo(5);
        assertLedgerAgreesWithBalances();
    }

    /** Nothing sticks out sideways: the page is usable on the handheld without scrolling left and right. */
    private void assertFitsTheScreen() {
        var widths = (List<?>) browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
        assertThat(((Number) widths.get(0)).longValue()).as("page width at " + widths.get(1) + " px")
                .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
    }

    private dev.wharf.support.Http.Answer ok(dev.wharf.support.Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer;
    }

    private int available(String token, String sku) {
        return ok(http.get(API + "/products/" + sku + "/inventory", token), 200).json().path("available").asInt();
    }

    private String opsOrderStatus(String bearer, String order) {
        return ok(http.get("/ops/api/orders/" + order, bearer), 200).text("status");
    }
}
