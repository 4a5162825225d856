package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Waits;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LogisticsReportsTest extends LogisticsFixture {

    private String widget;

    @BeforeEach
    void merchantWithStock() {
        aMerchant();
        widget = product(token);
        inbound(widget, 5);
    }

    private String request(String type) {
        var created = http.post(API + "/reports", token, Map.of("reportType", type));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.text("reportReference");
    }

    /** Polls the report's status until it is no longer PENDING, within a deadline. */
    private JsonNode finished(String reference) throws InterruptedException {
        Waits.until(60, () -> !"PENDING".equals(http.get(API + "/reports/" + reference, token).text("status")));
        var report = http.get(API + "/reports/" + reference, token);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    /** The CSV the report's link serves, fetched without any Authorization, as a browser or S3 client would. */
    private List<String> csv(JsonNode report) {
        var url = URI.create(report.path("url").asString());
        var answer = http.get(url.getRawPath() + "?" + url.getRawQuery(), null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return List.of(answer.body().split("\r\n"));
    }

    @Test
    void an_orders_report_of_thousands_of_lines_is_built_in_the_background_and_served_as_csv() throws Exception {
        var lines = new ArrayList<Object>();
        for (int i = 0; i < 2500; i++) {
            lines.add(widget);
            lines.add(1);
        }
        var placed = create(order(unique("BIG"), lines.toArray()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        var small = create(order(unique("SMALL"), widget, 2));
        assertThat(small.status()).as(small.body()).isEqualTo(200);

        var report = finished(request("Orders-All_Orders"));
        assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("SUCCESS");
        assertThat(report.path("errorMessage").isNull()).isTrue();
        assertThat(report.path("urlExpiration").isString()).isTrue();
        var rows = csv(report);
        assertThat(rows.get(0)).startsWith("orderId,externalOrderId,");
        assertThat(rows).hasSize(1 + 2500 + 1);
        assertThat(rows.get(1)).startsWith(placed.text("id") + ",").contains("," + widget + ",");
        assertThat(rows.get(2501)).startsWith(small.text("id") + ",");
    }

    @Test
    void each_supported_type_builds_with_one_row_per_item() throws Exception {
        var rma = unique("RMA");
        var returned = http.post(API + "/returns", token, Map.of("rma", rma, "externalReturnId", unique("RET"),
                "returnItems", java.util.List.of(Map.of("identifier", widget, "type", "LOGISTICS_SKU", "quantity", 2)),
                "externalLabel", Map.of("trackingCode", unique("1Z"), "carrier", "UPS")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        var inventory = csv(finished(request("Inventory-Levels_Today")));
        assertThat(inventory.get(0)).isEqualTo("logisticsSku,merchantSku,name,warehouseId,onHand,available,unavailable");
        assertThat(inventory.get(1)).startsWith(widget + ",").endsWith("," + warehouse.id() + ",5,5,0");
        var inbounds = csv(finished(request("Inbounds-Packages")));
        assertThat(inbounds).hasSize(2);
        assertThat(inbounds.get(1)).contains(",COMPLETED,").contains("," + widget + ",5,5,0,5,");
        var shipments = csv(finished(request("Orders-Shipments")));
        assertThat(shipments).hasSize(1);
        var returns = csv(finished(request("Returns-All_Returns")));
        assertThat(returns).hasSize(2);
        assertThat(returns.get(0)).isEqualTo("returnId,rma,externalReturnId,status,logisticsSku,expectedQuantity,inspectedQuantity,"
                + "carrier,trackingCode,createdAt,receivedAt,inspectedAt");
        assertThat(returns.get(1)).startsWith(returned.text("id") + "," + rma + ",").contains(",CREATED," + widget + ",2,0,UPS,");
    }

    @Test
    void the_window_limits_the_rows_and_a_window_ending_before_it_starts_is_refused() throws Exception {
        var placed = create(order(unique("WIN"), widget, 1));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        var past = http.post(API + "/reports", token, Map.of("reportType", "Orders-All_Orders", "startDate", "2020-01-01",
                "endDate", "2020-12-31"));
        assertThat(past.status()).as(past.body()).isEqualTo(200);
        assertThat(csv(finished(past.text("reportReference")))).hasSize(1);
        var backwards = http.post(API + "/reports", token, Map.of("reportType", "Orders-All_Orders", "startDate", "2026-02-01",
                "endDate", "2026-01-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("detail")).startsWith("endDate:");
        var badDate = http.post(API + "/reports", token, Map.of("reportType", "Orders-All_Orders", "startDate", "yesterday"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text("detail")).startsWith("startDate:");
    }

    @Test
    void a_report_type_wharf_does_not_build_is_refused_as_not_supported_and_writes_nothing() {
        var before = rowCounts();
        var other = http.post(API + "/reports", token, Map.of("reportType", "Billing-Invoices"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text("detail")).startsWith("reportType:").contains("not supported");
        var missing = http.post(API + "/reports", token, Map.of("startDate", "2026-01-01"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("detail")).startsWith("reportType:");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void another_account_sees_neither_the_report_nor_can_stretch_or_forge_its_link() throws Exception {
        var reference = request("Inventory-Levels_Today");
        var report = finished(reference);
        var other = merchantToken(warehouse.code());
        var foreign = http.get(API + "/reports/" + reference, other);
        var unknown = http.get(API + "/reports/RPTnosuchreport", other);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.text("detail")).isEqualTo(unknown.text("detail").replace("RPTnosuchreport", reference));

        var url = URI.create(report.path("url").asString());
        var path = url.getRawPath();
        var query = url.getRawQuery();
        long expires = Long.parseLong(query.replaceAll(".*expires=(\\d+).*", "$1"));
        var stretched = http.get(path + "?" + query.replace("expires=" + expires, "expires=" + (expires + 3600)), null);
        assertThat(stretched.status()).isEqualTo(404);
        var forged = http.get(path + "?expires=" + expires + "&signature=" + "0".repeat(64), null);
        assertThat(forged.status()).isEqualTo(404);
        var unsigned = http.get(path, null);
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(csv(report)).hasSizeGreaterThan(1);
    }

    @Test
    void the_report_list_is_empty_for_an_account_that_asked_for_none() {
        assertThat(http.get(API + "/reports/" + "RPT" + "x".repeat(24), merchantToken(warehouse.code())).status()).isEqualTo(404);
        assertThat(http.get(API + "/reports/anything", null).status()).isEqualTo(401);
    }

}
