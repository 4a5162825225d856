package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /inventory}: sellable units on hand of one SKU in one warehouse. */
@Schema(name = "Inventory", example = "{\"sku\":\"HELLOKITTY0\",\"warehouse\":\"WAREHOUSE1\",\"inventoryOnHand\":10}",
        requiredProperties = {"sku", "warehouse", "inventoryOnHand"})
record PartnerInventoryAnswer(
        @Schema(description = "Deliverr's SKU") String sku,
        @Schema(description = "The warehouse's code") String warehouse,
        @Schema(description = "Sellable units on hand (reserved ones included, damaged ones not)") int inventoryOnHand) {
}
