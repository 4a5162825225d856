package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.Schema;

/** One element of {@code GET /inventory/movements}: one ledger row that changed sellable stock. */
@Schema(name = "InventoryMovement", example = """
        {"id":"4711","sku":"HELLOKITTY0","warehouse":"WAREHOUSE1","movementType":"RECEIVE","quantity":5,\
        "movementTime":"2020-01-10T16:00:00Z","deliverrAsnId":100,"deliverrShipmentId":null,"reason":"","notes":""}""",
        requiredProperties = {"id", "sku", "warehouse", "movementType", "quantity", "movementTime",
        "deliverrAsnId", "deliverrShipmentId", "reason", "notes"})
record PartnerMovement(
        @Schema(description = "Stable id of the movement") String id,
        @Schema(description = "Deliverr's SKU") String sku,
        @Schema(description = "The warehouse's code") String warehouse,
        @Schema(description = "What moved the stock", allowableValues = {"RECEIVE", "RETURN", "ADJUSTMENT", "SHIP"}) String movementType,
        @Schema(description = "Signed units: positive in, negative out") int quantity,
        @Schema(description = "When it happened", format = "date-time") String movementTime,
        @Schema(description = "The ASN a receipt was for", nullable = true) Long deliverrAsnId,
        @Schema(description = "The shipment a SHIP or RETURN was for", nullable = true) Long deliverrShipmentId,
        @Schema(description = "Reason of an adjustment (DAMAGED for damage), else empty") String reason,
        @Schema(description = "Operator notes, else empty") String notes) {
}
