package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The product body Deliverr sends on {@code POST} and {@code PUT /product}, documented for clients.
 * It is never bound: the body is read field by field and answered back byte for byte, so fields
 * this record does not name (such as {@code msku}) are kept and echoed.
 */
@Schema(name = "Product", description = "A product as Deliverr sends it; unknown fields are stored and echoed",
        additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        example = """
                {"sku":"HELLOKITTY0","name":"HELLOKITTY0","description":"Hello Kitty plush","costInUSD":13,"weight":5.2,\
                "length":3,"width":2,"height":1,"caseQty":0,"weightUnit":"lb","lengthUnit":"in","hsTariffCode":"123-456",\
                "countryOfOrigin":"US","barcodes":["HELLOKITTY0"]}""")
record PartnerProductBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Deliverr's SKU, the product's key in this API",
                example = "HELLOKITTY0") String sku,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Product name") String name,
        @Schema(description = "Free description", nullable = true) String description,
        @Schema(description = "Unit cost in US dollars", nullable = true, minimum = "0") BigDecimal costInUSD,
        @Schema(description = "Weight, in weightUnit", nullable = true, minimum = "0") BigDecimal weight,
        @Schema(description = "Length, in lengthUnit", nullable = true, minimum = "0") BigDecimal length,
        @Schema(description = "Width, in lengthUnit", nullable = true, minimum = "0") BigDecimal width,
        @Schema(description = "Height, in lengthUnit", nullable = true, minimum = "0") BigDecimal height,
        @Schema(description = "Units per case (0: not sold by the case); returned by GET as posted", nullable = true,
                minimum = "0") Integer caseQty,
        @Schema(description = "Unit of weight (default lb)", nullable = true, allowableValues = {"oz", "lb", "kg"}) String weightUnit,
        @Schema(description = "Unit of length, width and height (default in)", nullable = true, allowableValues = {"in", "cm"})
        String lengthUnit,
        @Schema(description = "Harmonized System tariff code", nullable = true) String hsTariffCode,
        @Schema(description = "Two-letter ISO country of origin", nullable = true, pattern = "^[A-Za-z]{2}$") String countryOfOrigin,
        @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Barcodes; PUT replaces the list. Empty is refused (409 MISSING_BARCODE)"),
                schema = @Schema(description = "A barcode", minLength = 1)) List<String> barcodes) {
}
