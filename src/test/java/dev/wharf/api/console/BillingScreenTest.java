package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The console's billing page shows what the ops API's statement says, serves its CSV and PDF and closes a past month. */
class BillingScreenTest extends ConsoleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private WarehouseRef warehouse;
    private long merchant;
    private String month;

    @BeforeEach
    void aMerchantWithReceivedGoodsAtARateCard() {
        warehouse = newWarehouse("GBP");
        merchant = chargedMerchant(warehouse);
        month = YearMonth.now(LONDON).toString();
    }

    private static BigDecimal shown(String page, String id) {
        var matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(page);
        assertThat(matcher.find()).as(id + " on the page").isTrue();
        return new BigDecimal(matcher.group(1).strip());
    }

    @Test
    void a_supervisor_sees_the_ops_statement_downloads_it_and_closes_a_past_month() throws Exception {
        var console = loggedIn(account(warehouse.code(), "supervisor"));
        var home = console.get("/console");
        assertThat(home.body()).contains("href=\"/console/supervisor/billing\"");

        var page = console.get(BillingScreen.PATH + "?merchant=" + merchant);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"" + month + "\"");
        JsonNode ops = http.get("/ops/api/billing/merchants/" + merchant + "/statement?month=" + month,
                operatorOf(warehouse.code(), "supervisor")).json();
        assertThat(ops.path("total").decimalValue()).as(ops.toString()).isPositive();
        for (var category : ops.path("categories")) {
            assertThat(shown(page.body(), "category-" + category.path("category").asString()))
                    .isEqualByComparingTo(category.path("amount").decimalValue());
        }
        assertThat(shown(page.body(), "subtotal")).isEqualByComparingTo(ops.path("subtotal").decimalValue());
        assertThat(shown(page.body(), "tax")).isEqualByComparingTo(ops.path("tax").decimalValue());
        assertThat(shown(page.body(), "total")).isEqualByComparingTo(ops.path("total").decimalValue());
        assertThat(page.body()).contains("id=\"currency\">GBP<", "class=\"open\"");
        for (var line : ops.path("lines")) {
            assertThat(page.body()).contains(line.path("referenceType").asString() + " " + line.path("referenceId").asLong());
        }
        assertThat(page.body()).as("the month is not over").doesNotContain("id=\"close-month\"");

        var csv = console.get(BillingScreen.PATH + "/statement.csv?merchant=" + merchant + "&month=" + month);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().strip().lines().count()).as(csv.body()).isEqualTo(ops.path("lineCount").asLong() + 1);

        var pdf = HttpClient.newHttpClient().send(console.request(BillingScreen.PATH + "/statement.pdf?merchant=" + merchant + "&month=" + month)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains(ops.path("total").decimalValue().toPlainString());

        var past = YearMonth.parse(month).minusMonths(1).toString();
        var before = console.get(BillingScreen.PATH + "?merchant=" + merchant + "&month=" + past);
        assertThat(before.body()).contains("id=\"close-month\"", "class=\"open\"");
        var closed = console.submit(BillingScreen.PATH + "/close", Map.of("merchant", Long.toString(merchant), "month", past,
                "confirmed", "yes"));
        assertThat(closed.status()).isEqualTo(302);
        var after = console.get(closed.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(after.body()).contains("class=\"closed\"", "id=\"banner\"").doesNotContain("id=\"close-month\"");
        assertThat(http.get("/ops/api/billing/merchants/" + merchant + "/statement?month=" + past,
                operatorOf(warehouse.code(), "supervisor")).json().path("closed").asBoolean()).isTrue();
    }

    @Test
    void an_operator_has_no_billing_entry_and_is_refused_the_page() {
        var console = loggedIn(account(warehouse.code(), "operator"));
        assertThat(console.get("/console").body()).doesNotContain("/console/supervisor/billing");
        assertThat(console.get(BillingScreen.PATH + "?merchant=" + merchant).status()).isEqualTo(403);
        assertThat(console.get(BillingScreen.PATH + "/statement.csv?merchant=" + merchant + "&month=" + month).status()).isEqualTo(403);
    }

    @Test
    void another_warehouses_merchant_is_not_found() {
        var other = newWarehouse("GBP");
        var console = loggedIn(account(other.code(), "supervisor"));
        assertThat(console.get(BillingScreen.PATH + "?merchant=" + merchant).status()).isEqualTo(404);
        assertThat(console.get(BillingScreen.PATH + "/statement.pdf?merchant=" + merchant + "&month=" + month).status()).isEqualTo(404);
        assertThat(console.get(BillingScreen.PATH).body()).doesNotContain("value=\"" + merchant + "\"");
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
