package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** {@code GET /shipment/{id}} (and the status push): status and the packages shipped. */
@Schema(name = "ShipmentStatus", example = """
        {"deliverrShipmentId":20,"status":"SHIPPED","shippedPackages":[{"trackingNumber":"1Z999AA10123456784",\
        "shippingMethod":"FEDEX.GROUND","actualWeight":1.2,"shipTime":"2020-01-11T18:00:00Z","costInUSD":7.85,\
        "items":[{"sku":"HELLOKITTY0","quantity":1}]}]}""", requiredProperties = {"deliverrShipmentId", "status", "shippedPackages"})
record PartnerShipmentAnswer(
        @Schema(description = "Deliverr's shipment id") long deliverrShipmentId,
        @Schema(description = "PROCESSING from creation, then SHIPPED or CANCELLED",
                allowableValues = {"PROCESSING", "SHIPPED", "CANCELLED"}) String status,
        @Schema(description = "One element per box; empty until shipped") List<ShippedPackage> shippedPackages) {

    @Schema(name = "ShippedPackage", requiredProperties = {"trackingNumber", "shippingMethod", "actualWeight", "shipTime", "costInUSD",
            "items"})
    record ShippedPackage(@Schema(description = "Carrier tracking number", nullable = true) String trackingNumber,
                          @Schema(description = "CARRIER.SERVICE it shipped with", nullable = true) String shippingMethod,
                          @Schema(description = "Weight in pounds", nullable = true) BigDecimal actualWeight,
                          @Schema(description = "When it shipped", format = "date-time", nullable = true) String shipTime,
                          @Schema(description = "Shipping cost in US dollars", nullable = true) BigDecimal costInUSD,
                          @Schema(description = "What the box holds") List<Item> items) {
    }

    @Schema(name = "ShippedItem", requiredProperties = {"sku", "quantity"})
    record Item(@Schema(description = "Deliverr's SKU", nullable = true) String sku,
                @Schema(description = "Units") int quantity) {
    }
}
