package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /product/{sku}}: the stored canonical fields, every one present (null when unknown),
 * with the measured weight and dimensions once the warehouse has measured the product.
 */
@Schema(name = "ProductDetails", requiredProperties = {"sku", "name", "description", "costInUSD", "weight", "length", "width",
        "height", "caseQty", "weightUnit", "lengthUnit", "hsTariffCode", "countryOfOrigin", "barcodes"})
record PartnerProductAnswer(
        @Schema(description = "Deliverr's SKU") String sku,
        @Schema(description = "Product name") String name,
        @Schema(nullable = true, description = "Free description") String description,
        @Schema(nullable = true, description = "Unit cost in US dollars") BigDecimal costInUSD,
        @Schema(nullable = true, description = "Weight in weightUnit (measured once received)") BigDecimal weight,
        @Schema(nullable = true, description = "Length in lengthUnit (measured once received)") BigDecimal length,
        @Schema(nullable = true, description = "Width in lengthUnit (measured once received)") BigDecimal width,
        @Schema(nullable = true, description = "Height in lengthUnit (measured once received)") BigDecimal height,
        @Schema(nullable = true, description = "Units per case, as posted") Integer caseQty,
        @Schema(nullable = true, allowableValues = {"oz", "lb", "kg"}, description = "Unit of weight") String weightUnit,
        @Schema(nullable = true, allowableValues = {"in", "cm"}, description = "Unit of length") String lengthUnit,
        @Schema(nullable = true, description = "Harmonized System tariff code") String hsTariffCode,
        @Schema(nullable = true, description = "Two-letter ISO country of origin") String countryOfOrigin,
        @Schema(description = "Barcodes, in the order sent") List<String> barcodes) {
}
