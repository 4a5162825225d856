package dev.wharf.api.deliverr;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The shipment Deliverr sends on {@code POST /shipment}; documented only, the body is answered back as sent. */
@Schema(name = "Shipment", description = "An outbound shipment; unknown fields are stored and echoed",
        additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
        example = """
                {"deliverrShipmentId":20,"shippingAddress":{"name":"Jane Doe","street1":"110 Sutter St","street2":"Floor 9",\
                "city":"San Francisco","state":"CA","zip":"94104","country":"US","email":"jane@example.com","phone":null,\
                "company":null,"isResidential":true},"shippingMethod":"FEDEX.GROUND",\
                "lineItems":[{"sku":"HELLOKITTY0","quantity":1}],"boxName":"10x10x10 Box","notes":"","warehouse":"WAREHOUSE1",\
                "carrierAccount":"908245393"}""")
record PartnerShipmentBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Deliverr's shipment id, unique per integration", example = "20")
        Long deliverrShipmentId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Where the parcel goes") Address shippingAddress,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "CARRIER.SERVICE, e.g. FEDEX.GROUND; the parcel ships with it", example = "FEDEX.GROUND")
        String shippingMethod,
        @ArraySchema(minItems = 1, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "SKUs and units to ship"))
        List<LineItem> lineItems,
        @Schema(description = "Box to pack in", nullable = true) String boxName,
        @Schema(description = "Free notes", nullable = true) String notes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The warehouse's code", example = "WAREHOUSE1") String warehouse,
        @Schema(description = "Carrier account to bill", nullable = true) String carrierAccount) {

    @Schema(name = "ShippingAddress")
    record Address(@Schema(description = "Recipient's name", nullable = true) String name,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Street line 1") String street1,
                   @Schema(description = "Street line 2", nullable = true) String street2,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "City") String city,
                   @Schema(description = "State or region", nullable = true) String state,
                   @Schema(description = "Postal code", nullable = true) String zip,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Two-letter ISO country code") String country,
                   @Schema(description = "Recipient's e-mail", nullable = true) String email,
                   @Schema(description = "Recipient's phone", nullable = true) String phone,
                   @Schema(description = "Recipient's company", nullable = true) String company,
                   @Schema(description = "Whether the address is residential", nullable = true) Boolean isResidential) {
    }

    @Schema(name = "LineItem")
    record LineItem(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Deliverr's SKU") String sku,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Units", minimum = "1") Integer quantity) {
    }
}
