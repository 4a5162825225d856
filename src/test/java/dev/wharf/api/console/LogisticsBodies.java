package dev.wharf.api.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a Logistics API merchant sends in the console tests: an order and an announced return. */
final class LogisticsBodies {

    static final String API = "/logistics/api/2024-04";

    private LogisticsBodies() {
    }

    static Map<String, Object> order(String externalId, String sku, int quantity) {
        return dev.wharf.api.logistics.LogisticsFixture.orderBody(externalId, sku, quantity);
    }

    /** A return from a buyer's address, RMA "RMA-" + the external id; Wharf's own carrier labels it. */
    static Map<String, Object> aReturn(String externalId, String sku, int quantity) {
        var address = new LinkedHashMap<String, Object>();
        address.put("name", "Jane Buyer");
        address.put("street1", "110 Sutter St");
        address.put("city", "San Francisco");
        address.put("zip", "94104");
        address.put("state", "CA");
        address.put("country", "US");
        var body = new LinkedHashMap<String, Object>();
        body.put("rma", "RMA-" + externalId);
        body.put("externalReturnId", externalId);
        body.put("returnItems", List.of(Map.of("identifier", sku, "type", "LOGISTICS_SKU", "quantity", quantity)));
        body.put("sourceAddress", address);
        return body;
    }
}
