package dev.wharf.api.shipapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.Http;
import dev.wharf.support.WharfIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShipApiShipmentsTest extends WharfIntegrationTest {

    private long warehouseId;
    private String key;
    private long userId;
    private long pencils;
    private long erasers;
    private long sticker;
    private long wrapping;

    @BeforeEach
    void aUserWithStock() {
        warehouseId = createWarehouse("GBP");
        sticker = createServiceItem(warehouseId, "Sticker Removal", "3.00", "perproduct");
        wrapping = createServiceItem(warehouseId, "Stretch Wrapping", "4.00", "perpackage");
        key = newShipApiKey();
        userId = createUser(key, warehouseId);
        pencils = createProduct(key, userId, warehouseId);
        erasers = createProduct(key, userId, warehouseId);
        stock(key, userId, warehouseId, pencils, 12, "KTX-12");
        stock(key, userId, warehouseId, erasers, 24, "KTB-22");
    }

    private Map<String, Object> order(Object... productQuantityPairs) {
        var products = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < productQuantityPairs.length; i += 2) {
            var line = new LinkedHashMap<String, Object>();
            line.put("inventoryId", null);
            line.put("productId", productQuantityPairs[i]);
            line.put("quantity", productQuantityPairs[i + 1]);
            products.add(line);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("warehouseId", warehouseId);
        body.put("userId", userId);
        body.put("latestDeliveryDate", java.time.LocalDate.now().plusDays(10).toString());
        body.put("userNote", "kullanıcı notu");
        body.put("products", products);
        body.put("shipTo", shipTo());
        body.put("labelPdf", null);
        return body;
    }

    @Test
    void a_shipment_from_stock_is_created_as_NewShipment_and_reserves_its_units() {
        var answer = http.post("/shipapi/shipment/add", key, order(pencils, 2, erasers, 2));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(answer.id("Id")).isPositive();
        assertThat(answer.text("ShipmentNumber")).matches("#PF \\d+");
        assertThat(answer.text("Status")).isEqualTo("NewShipment");
        assertThat(answer.json().path("Error").isNull()).isTrue();
        assertThat(answer.json().has("SendToAddress")).isFalse();

        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(10);
        assertThat(availableStock(key, warehouseId, userId, erasers)).isEqualTo(22);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void shipment_numbers_are_business_keys_distinct_from_ids() {
        var first = http.post("/shipapi/shipment/add", key, order(pencils, 1));
        var second = http.post("/shipapi/shipment/add", key, order(pencils, 1));
        assertThat(first.text("ShipmentNumber")).isNotEqualTo(second.text("ShipmentNumber"));
        assertThat(first.text("ShipmentNumber")).isNotEqualTo("#PF " + first.id("Id"));
    }

    @Test
    void a_specific_inventory_row_can_be_named_for_a_line() {
        var rows = http.post("/shipapi/inventory/list", key, Map.of("warehouseId", warehouseId, "userId", userId));
        long pencilRow = rows.json().get(0).path("inventoryId").asLong();
        var body = order();
        body.put("products", List.of(Map.of("inventoryId", pencilRow, "productId", pencils, "quantity", 3)));
        var answer = http.post("/shipapi/shipment/add", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(9);

        body.put("products", List.of(Map.of("inventoryId", pencilRow, "productId", erasers, "quantity", 1)));
        var wrongRow = http.post("/shipapi/shipment/add", key, body);
        assertThat(wrongRow.status()).isEqualTo(400);
        assertThat(wrongRow.text("Error")).startsWith("products[0].inventoryId:");
    }

    @Test
    void asking_for_more_than_is_available_is_refused_and_reserves_nothing() {
        var before = rowCounts();
        var answer = http.post("/shipapi/shipment/add", key, order(erasers, 1, pencils, 13));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(answer.text("Error")).startsWith("products[1].quantity:").contains("12");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(availableStock(key, warehouseId, userId, erasers)).isEqualTo(24);
    }

    @Test
    void a_nonstock_shipment_answers_where_to_send_the_goods() {
        var body = order(pencils, 2);
        body.put("type", "nonstock");
        var answer = http.post("/shipapi/shipment/add", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.text("Type")).isEqualTo("nonstock");
        var customerNumber = http.get("/shipapi/user/get?userId=" + userId, key);
        assertThat(answer.text("CustomerNumber")).matches("\\d+");
        var to = answer.json().path("SendToAddress");
        assertThat(to.path("Name").asString()).isEqualTo("UK PreFulfillment");
        assertThat(to.path("Address1").asString()).isEqualTo("5 Viking Self Storage,");
        assertThat(to.path("Address2").asString()).isEqualTo("5 Turnpike Close");
        assertThat(to.path("City").asString()).isEqualTo("Norwich");
        assertThat(to.path("Postal").asString()).isEqualTo("NR6 5BD");
        assertThat(to.path("CountryCode").asString()).isEqualTo("GB");
        assertThat(to.path("FullAddress").asString())
                .contains("#" + answer.text("CustomerNumber"))
                .contains(answer.text("ShipmentNumber"));
        assertThat(answer.text("Description")).startsWith("These products must first be sent to the warehouse.");
        assertThat(answer.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(answer.text("Status")).isEqualTo("NewShipment");
        assertThat(customerNumber.status()).isEqualTo(200);
        // Goods not in stock yet: nothing is reserved.
        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(12);
    }

    @Test
    void a_collection_shipment_takes_its_label_later_and_returns_it_byte_for_byte() {
        var body = order(pencils, 1);
        body.put("type", "collection");
        var created = http.post("/shipapi/shipment/add", key, body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.text("Type")).isEqualTo("collection");
        long id = created.id("Id");

        var noLabel = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", id, "labelPdf", true));
        assertThat(noLabel.json().has("LabelPdf")).isFalse();

        var pdf = "%PDF-1.7\n% label \u00e9\u00fc binary \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        var label = Base64.getEncoder().encodeToString(pdf);
        var update = http.post("/shipapi/shipment/update", key, Map.of("id", id, "labelPdf", label));
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        assertThat(update.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(update.id("Id")).isEqualTo(id);
        assertThat(update.json().has("Status")).isTrue();

        var withLabel = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", id, "labelPdf", true));
        assertThat(Base64.getDecoder().decode(withLabel.text("LabelPdf"))).isEqualTo(pdf);
        var withoutLabel = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", id, "labelPdf", false));
        assertThat(withoutLabel.json().has("LabelPdf")).isFalse();
    }

    @Test
    void a_label_sent_with_the_shipment_comes_back_only_when_asked() {
        var pdf = new byte[4096];
        new java.util.Random(7).nextBytes(pdf);
        var body = order(pencils, 1);
        body.put("labelPdf", Base64.getEncoder().encodeToString(pdf));
        long id = http.post("/shipapi/shipment/add", key, body).id("Id");
        var asked = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", id, "labelPdf", true));
        assertThat(Base64.getDecoder().decode(asked.text("LabelPdf"))).isEqualTo(pdf);
        // The original's own example writes the key with a trailing space.
        var spaced = http.post("/shipapi/shipment/get", key, "{\"shipmentId\": " + id + ", \"labelPdf \": true}");
        assertThat(Base64.getDecoder().decode(spaced.text("LabelPdf"))).isEqualTo(pdf);
        var notAsked = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", id));
        assertThat(notAsked.json().has("LabelPdf")).isFalse();
    }

    @Test
    void shipment_details_price_extra_services_and_shipping_and_add_them_up() {
        var body = order(pencils, 2, erasers, 3);
        body.put("extraServices", List.of(
                Map.of("productId", pencils, "servicePlanItemId", sticker),
                Map.of("productId", erasers, "servicePlanItemId ", sticker),
                Map.of("servicePlanItemId", wrapping)));
        var created = http.post("/shipapi/shipment/add", key, body);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long id = created.id("Id");

        var before = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", id, "labelPdf", false));
        assertThat(before.json().path("TotalPrice").decimalValue()).isEqualByComparingTo("19.00");

        startPicking(id);
        ship(id, "4.45");
        var details = http.post("/shipapi/shipment/get", key, Map.of("shipmentId", id, "labelPdf", false));
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(details.id("Id")).isEqualTo(id);
        assertThat(details.text("ShipmentNumber")).isEqualTo(created.text("ShipmentNumber"));
        assertThat(details.text("Status")).isEqualTo("Sended");
        assertThat(details.text("CarrierName")).isEqualTo("Royal Mail");
        assertThat(details.text("CarrierServiceType")).isEqualTo("Royal Mail 1st Class 24 Hours");
        assertThat(details.text("TrackNumber")).startsWith("TK");
        var lines = details.json().path("PriceDetails");
        assertThat(lines.size()).isEqualTo(4);
        assertThat(lines.get(0).path("Name").asString()).isEqualTo("Shipment");
        assertThat(lines.get(0).path("Price").decimalValue()).isEqualByComparingTo("4.45");
        assertThat(lines.get(0).path("Quantity").asInt()).isEqualTo(1);
        assertThat(lines.get(1).path("Name").asString()).isEqualTo("Sticker Removal");
        assertThat(lines.get(1).path("Quantity").asInt()).isEqualTo(2);
        assertThat(lines.get(2).path("Quantity").asInt()).isEqualTo(3);
        assertThat(lines.get(3).path("Name").asString()).isEqualTo("Stretch Wrapping");
        assertThat(lines.get(3).path("Quantity").asInt()).isEqualTo(1);
        var sum = java.math.BigDecimal.ZERO;
        for (var line : lines) {
            sum = sum.add(line.path("Price").decimalValue().multiply(java.math.BigDecimal.valueOf(line.path("Quantity").asInt())));
        }
        assertThat(details.json().path("TotalPrice").decimalValue()).isEqualByComparingTo(sum).isEqualByComparingTo("23.45");
        assertThat(details.json().path("Error").isNull()).isTrue();
    }

    @Test
    void the_status_follows_the_shipment_through_its_life() {
        long id = http.post("/shipapi/shipment/add", key, order(pencils, 1)).id("Id");
        assertThat(status(id).text("Status")).isEqualTo("NewShipment");
        startPicking(id);
        assertThat(status(id).text("Status")).isEqualTo("InProcess");
        ship(id, "5.00");
        var shipped = status(id);
        assertThat(shipped.text("Status")).isEqualTo("Sended");
        assertThat(shipped.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(shipped.id("Id")).isEqualTo(id);
        assertThat(shipped.text("ShipmentNumber")).startsWith("#PF ");
        assertThat(shipped.text("CarrierName")).isEqualTo("Royal Mail");
        assertThat(shipped.text("CarrierServiceType")).isNotBlank();
        assertThat(shipped.text("TrackNumber")).isNotBlank();
        shipping.deliver(new dev.wharf.outbound.OrderId(id), "test");
        assertThat(status(id).text("Status")).isEqualTo("Delivered");
        // Shipped units have left: on hand went down, nothing stays reserved for the shipment.
        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(11);
        assertLedgerAgreesWithBalances();
    }

    private Http.Answer status(long id) {
        var answer = http.get("/shipapi/shipment/getStatus/" + id, key);
        assertThat(answer.status()).isEqualTo(200);
        return answer;
    }

    @Test
    void cancelling_before_processing_releases_the_reservation() {
        long id = http.post("/shipapi/shipment/add", key, order(pencils, 5)).id("Id");
        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(7);
        var cancel = http.get("/shipapi/shipment/cancel/" + id, key);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.json().path("IsSuccess").asBoolean()).isTrue();
        assertThat(cancel.id("Id")).isEqualTo(id);
        assertThat(status(id).text("Status")).isEqualTo("Cancelled");
        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(12);
        // Cancelling again changes nothing and is not an error.
        assertThat(http.get("/shipapi/shipment/cancel/" + id, key).status()).isEqualTo(200);
        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(12);
        assertLedgerAgreesWithBalances();
    }

    @Test
    void cancelling_after_processing_started_is_refused_and_keeps_the_reservation() {
        long id = http.post("/shipapi/shipment/add", key, order(pencils, 5)).id("Id");
        startPicking(id);
        var cancel = http.get("/shipapi/shipment/cancel/" + id, key);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(cancel.text("Error")).contains("picking has started");
        assertThat(status(id).text("Status")).isEqualTo("InProcess");
        assertThat(availableStock(key, warehouseId, userId, pencils)).isEqualTo(7);
    }

    @Test
    void a_label_cannot_be_replaced_once_the_shipment_has_left() {
        long id = http.post("/shipapi/shipment/add", key, order(pencils, 1)).id("Id");
        startPicking(id);
        ship(id, "3.00");
        var update = http.post("/shipapi/shipment/update", key, Map.of("id", id, "labelPdf", "JVBERi0xLjcK"));
        assertThat(update.status()).isEqualTo(409);
        assertThat(update.json().path("IsSuccess").asBoolean()).isFalse();
    }

    @Test
    void shipment_input_is_checked_and_named_and_writes_nothing() {
        var before = rowCounts();
        assertRefused(order(pencils, 0), 400, "products[0].quantity:");
        assertRefused(order(pencils, -2), 400, "products[0].quantity:");
        assertRefused(order(99999999L, 1), 404, "products[0].productId:");
        assertRefused(order(), 400, "products:");
        var unknownService = order(pencils, 1);
        unknownService.put("extraServices", List.of(Map.of("servicePlanItemId", 99999999)));
        assertRefused(unknownService, 404, "extraServices[0].servicePlanItemId:");
        var serviceForAbsentProduct = order(pencils, 1);
        serviceForAbsentProduct.put("extraServices", List.of(Map.of("productId", erasers, "servicePlanItemId", sticker)));
        assertRefused(serviceForAbsentProduct, 400, "extraServices[0].productId:");
        var badLabel = order(pencils, 1);
        badLabel.put("labelPdf", "this is not base64!");
        assertRefused(badLabel, 400, "labelPdf:");
        var badType = order(pencils, 1);
        badType.put("type", "dropship");
        assertRefused(badType, 400, "type:");
        var noAddress = order(pencils, 1);
        var to = shipTo();
        to.remove("address1");
        noAddress.put("shipTo", to);
        assertRefused(noAddress, 400, "shipTo.address1:");
        var noShipTo = order(pencils, 1);
        noShipTo.remove("shipTo");
        assertRefused(noShipTo, 400, "shipTo:");
        var pastDate = order(pencils, 1);
        pastDate.put("latestDeliveryDate", "2021-10-23");
        assertRefused(pastDate, 400, "latestDeliveryDate:");
        var badDate = order(pencils, 1);
        badDate.put("latestDeliveryDate", "23.10.2021");
        assertRefused(badDate, 400, "latestDeliveryDate:");
        var textQuantity = order(pencils, "two");
        assertRefused(textQuantity, 400, "products[0].quantity:");
        var unknownWarehouse = order(pencils, 1);
        unknownWarehouse.put("warehouseId", 99999999);
        assertRefused(unknownWarehouse, 404, "warehouseId:");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private void assertRefused(Map<String, Object> body, int status, String fieldPrefix) {
        var answer = http.post("/shipapi/shipment/add", key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("IsSuccess").asBoolean()).isFalse();
        assertThat(answer.text("Error")).as(answer.body()).startsWith(fieldPrefix);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at dev.wharf");
    }

    @Test
    void unknown_shipments_are_not_found_for_every_operation() {
        assertThat(http.get("/shipapi/shipment/getStatus/99999999", key).status()).isEqualTo(404);
        assertThat(http.get("/shipapi/shipment/cancel/99999999", key).status()).isEqualTo(404);
        assertThat(http.post("/shipapi/shipment/get", key, Map.of("shipmentId", 99999999)).status()).isEqualTo(404);
        assertThat(http.post("/shipapi/shipment/update", key, Map.of("id", 99999999, "labelPdf", "JVBERi0xLjcK")).status())
                .isEqualTo(404);
        var noLabel = http.post("/shipapi/shipment/update", key, Map.of("id", 99999999));
        assertThat(noLabel.status()).isEqualTo(400);
        assertThat(noLabel.text("Error")).startsWith("labelPdf:");
    }
}
