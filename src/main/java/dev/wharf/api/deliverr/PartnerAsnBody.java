package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The ASN Deliverr sends on {@code POST /asn}; documented only, the body is answered back as sent. */
@Schema(name = "Asn", description = "An inbound ASN; unknown fields are stored and echoed",
        additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        example = """
                {"deliverrAsnId":50,"createdDate":"2020-02-11T13:17:19-08:00","expectedDate":"2020-02-25T13:17:19-08:00",\
                "shipToWarehouse":"WAREHOUSE1","trackingNumber":"12345","notes":"",\
                "asnItems":[{"sku":"HELLOKITTY0","quantityExpected":5}]}""")
record PartnerAsnBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Deliverr's ASN id, unique per integration", example = "50")
        Long deliverrAsnId,
        @Schema(description = "When Deliverr created the ASN (ISO-8601 with offset)", format = "date-time", nullable = true)
        String createdDate,
        @Schema(description = "When the goods are expected (ISO-8601 with offset)", format = "date-time", nullable = true)
        String expectedDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The warehouse's code", example = "WAREHOUSE1") String shipToWarehouse,
        @Schema(description = "Carrier tracking number of the inbound", nullable = true) String trackingNumber,
        @Schema(description = "Free notes", nullable = true) String notes,
        @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The SKUs and units announced"))
        List<Item> asnItems) {

    @Schema(name = "AsnItem")
    record Item(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Deliverr's SKU of a product created before") String sku,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Units announced", minimum = "1") Integer quantityExpected) {
    }
}
