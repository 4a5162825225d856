package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A merchant on the Logistics API, with a home warehouse and an operator there. */
public abstract class LogisticsFixture extends WharfIntegrationTest {

    static final String API = "/logistics/api/2024-04";

    protected WarehouseRef warehouse;
    protected String token;
    protected String op;

    protected void aMerchant(String warehouseJson) {
        var answer = http.post("/admin/api/warehouses", ADMIN, warehouseJson);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        warehouse = new WarehouseRef(answer.id("id"), answer.text("code"));
        token = merchantToken(warehouse.code());
        op = operatorOf(warehouse.code(), "supervisor");
        createSections(op, "L-1", "L-2");
        addRate(warehouse.id(), "Wharf Post", "Standard", "0", "30", "5.00");
    }

    protected void aMerchant() {
        aMerchant(warehouseJson(unique("LG"), "Europe/London", "14:00", null));
    }

    static String warehouseJson(String code, String zone, String cutoff, String workingDays) {
        return "{\"code\":\"" + code + "\",\"name\":\"Logistics WH\",\"addressLine1\":\"1 Dock\",\"city\":\"Reno\","
                + "\"countryCode\":\"US\",\"defaultCurrency\":\"USD\",\"timezone\":\"" + zone + "\",\"cutoffTime\":\"" + cutoff + "\""
                + (workingDays == null ? "" : ",\"workingDays\":" + workingDays) + "}";
    }

    protected String merchantToken(String warehouseCode) {
        var account = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("merchant"), "dialect", "logistics",
                "warehouseCode", warehouseCode));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return "Bearer " + account.text("token");
    }

    protected String product(String auth) {
        var answer = http.post(API + "/products", auth, Map.of("name", "Widget", "merchantSku", unique("MSKU"),
                "barcodes", List.of(unique("BC"))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.text("logisticsSku");
    }

    /** Goods arrive through the Logistics inbound API and the warehouse receives and stocks them. */
    protected String inbound(String logisticsSku, int quantity) {
        var created = http.post(API + "/inbounds/shipments", token, Map.of("warehouseId", Long.toString(warehouse.id()),
                "trackingNumber", unique("TRK"), "items", List.of(Map.of("logisticsSku", logisticsSku, "quantity", quantity))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.text("id");
        var receipt = http.post("/ops/api/inbounds/" + id + "/receipts", op, Map.of("barcode", logisticsSku, "good", quantity));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        var putAway = http.post("/ops/api/putaway", op, Map.of("barcode", logisticsSku, "toSection", "L-1", "quantity", quantity));
        assertThat(putAway.status()).as(putAway.body()).isEqualTo(200);
        return id;
    }

    protected Map<String, Object> order(String externalId, Object... skuQuantityPairs) {
        return orderBody(externalId, skuQuantityPairs);
    }

    /** A Logistics order body to a San Francisco buyer: logistics SKU and quantity pairs. */
    public static Map<String, Object> orderBody(String externalId, Object... skuQuantityPairs) {
        var items = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < skuQuantityPairs.length; i += 2) {
            items.add(Map.of("logisticsSku", skuQuantityPairs[i], "quantity", skuQuantityPairs[i + 1]));
        }
        var address = new LinkedHashMap<String, Object>();
        address.put("address1", "110 Sutter St");
        address.put("city", "San Francisco");
        address.put("countryCode", "US");
        address.put("provinceCode", "CA");
        address.put("zip", "94104");
        address.put("name", "Jane Buyer");
        var body = new LinkedHashMap<String, Object>();
        body.put("address", address);
        body.put("externalOrderId", externalId);
        body.put("lineItems", items);
        return body;
    }

    /** The floor picks every unit of the order. */
    protected void pickAll(String orderId) {
        var list = http.post("/ops/api/pick-lists", op, Map.of("orderIds", List.of(Long.parseLong(orderId))));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (var task : list.json().path("tasks")) {
            var pick = http.post("/ops/api/pick-lists/" + list.json().path("id").asLong() + "/picks", op, Map.of("section",
                    task.path("section").asString(), "productId", task.path("productId").asLong(), "quantity", task.path("quantity").asInt()));
            assertThat(pick.status()).as(pick.body()).isEqualTo(200);
        }
    }

    /** The floor packs the order, one box per logistics SKU and quantity pair; the warehouse labels each box. */
    protected void packBoxes(String orderId, Object... skuQuantityPairs) {
        var boxes = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < skuQuantityPairs.length; i += 2) {
            boxes.add(Map.of("weightKg", 0.5, "lengthCm", 10, "widthCm", 10, "heightCm", 5,
                    "items", List.of(Map.of("barcode", skuQuantityPairs[i], "quantity", skuQuantityPairs[i + 1]))));
        }
        var packed = http.post("/ops/api/orders/" + orderId + "/pack", op, Map.of("packages", boxes));
        assertThat(packed.status()).as(packed.body()).isEqualTo(200);
    }

    protected Http.Answer create(Map<String, Object> body) {
        return http.post(API + "/orders", token, body);
    }
}
