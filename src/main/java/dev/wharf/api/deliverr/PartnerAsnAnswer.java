package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /asn/{id}}: the ASN as stored, each item with its progress. */
@Schema(name = "AsnStatus", example = """
        {"deliverrAsnId":100,"expectedDate":null,"shipToWarehouse":"WAREHOUSE1","notes":"",\
        "asnItems":[{"sku":"HELLOKITTY0","quantityExpected":10,"quantityReceived":5,"quantityStocked":5}]}""", requiredProperties = {"deliverrAsnId", "expectedDate", "shipToWarehouse", "notes", "asnItems"})
record PartnerAsnAnswer(
        @Schema(description = "Deliverr's ASN id") long deliverrAsnId,
        @Schema(description = "When the goods are expected", format = "date-time", nullable = true) String expectedDate,
        @Schema(description = "The warehouse's code") String shipToWarehouse,
        @Schema(description = "Notes as sent", nullable = true) String notes,
        @Schema(description = "Progress per item") List<Item> asnItems) {

    @Schema(name = "AsnItemStatus", requiredProperties = {"sku", "quantityExpected", "quantityReceived", "quantityStocked"})
    record Item(@Schema(description = "Deliverr's SKU") String sku,
                @Schema(description = "Units announced") int quantityExpected,
                @Schema(description = "Units physically received, good and damaged") int quantityReceived,
                @Schema(description = "Units put away as sellable") int quantityStocked) {
    }
}
