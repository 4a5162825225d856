package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.wharf.inbound.InboundStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The Logistics API's inbound shapes (InboundShipmentResponse), as the vendor publishes them. */
final class InboundJson {

    private InboundJson() {
    }

    /** The vendor's inbound statuses; WORKING is seen live but Wharf never answers it. */
    @Schema(name = "InboundShipmentStatus")
    enum Status {
        PENDING, READY_TO_SHIP, IN_TRANSIT, ARRIVED, PREPARING_FOR_DISTRIBUTION, IN_PREP, FORWARDING, RECEIVING, COMPLETED;

        /** Wharf's inbound states in the vendor's words (a cancelled shipment is over: COMPLETED, nothing received). */
        static Status of(InboundStatus status) {
            return switch (status) {
                case NEW -> READY_TO_SHIP;
                case IN_TRANSIT -> IN_TRANSIT;
                case ARRIVED -> ARRIVED;
                case RECEIVING -> RECEIVING;
                case RECEIVED, CLOSED, CANCELLED -> COMPLETED;
            };
        }
    }

    @Schema(name = "CreateInboundItem")
    record ItemInput(
            @Schema(description = "The product's logistics SKU", example = "DA1B2C3D4E5", requiredMode = REQUIRED)
            @NotBlank String logisticsSku,
            @Schema(description = "Units on their way", example = "24", requiredMode = REQUIRED) @NotNull @Positive Integer quantity) {
    }

    @Schema(name = "CreateInboundShipmentRequest")
    record CreateInput(
            @Schema(description = "Destination warehouse; default: the merchant's home warehouse, else the only one", example = "1")
            String warehouseId,
            @Schema(description = "Carrier bringing the goods", example = "UPS") @Size(max = 100) String carrierName,
            @Schema(description = "The carrier's tracking number", example = "1Z999AA10123456784") @Size(max = 100) String trackingNumber,
            @Schema(description = "What is on its way", requiredMode = REQUIRED) @NotEmpty List<@NotNull @Valid ItemInput> items) {
    }

    @Schema(name = "InboundAddress")
    record Address(String name, String company, String street1, String street2, String city, String state, String zip,
                   String country, String phone, String email) {

        static final Address UNKNOWN = new Address(null, null, null, null, null, null, null, null, null, null);
    }

    @Schema(name = "InboundAddresses")
    record Addresses(@Schema(requiredMode = REQUIRED, description = "The receiving warehouse") Address to,
                     @Schema(requiredMode = REQUIRED, description = "Where the goods come from; fields null when unknown") Address from) {
    }

    @Schema(name = "InboundPrep")
    record Prep(@Schema(requiredMode = REQUIRED, description = "Whether the warehouse applies box content labels (Wharf: no)")
                boolean boxContentLabels) {
    }

    @Schema(name = "InboundCounts")
    record Counts(@Schema(requiredMode = REQUIRED) int expected,
                  @Schema(requiredMode = REQUIRED, description = "Units put away, sellable") int sellable,
                  @Schema(requiredMode = REQUIRED, description = "Units received damaged") int damaged) {
    }

    @Schema(name = "InboundShipmentItem")
    record Item(@Schema(requiredMode = REQUIRED) String logisticsSku,
                @Schema(requiredMode = REQUIRED) long shipmentItemId,
                @Schema(requiredMode = REQUIRED) Counts counts) {
    }

    @Schema(name = "InboundPackageItem")
    record PackageItem(@Schema(requiredMode = REQUIRED) String logisticsSku, @Schema(requiredMode = REQUIRED) int quantity) {
    }

    @Schema(name = "InboundPackage")
    record Package(@Schema(requiredMode = REQUIRED) long id, BigDecimal length, BigDecimal width, BigDecimal height, BigDecimal weight,
                   String dimensionUnit, String weightUnit, @Schema(requiredMode = REQUIRED) List<PackageItem> items) {
    }

    @Schema(name = "InboundShipmentResponse")
    record InboundShipmentResponse(
            @Schema(requiredMode = REQUIRED) String id,
            @Schema(requiredMode = REQUIRED, description = "The warehouse's receiving number") String receivingId,
            @Schema(requiredMode = REQUIRED) Status status,
            @Schema(requiredMode = REQUIRED) Addresses addresses,
            List<Item> items,
            List<Package> packages,
            Instant arrivedAt,
            Instant completedAt,
            @Schema(requiredMode = REQUIRED) Prep prep,
            @Schema(requiredMode = REQUIRED) String shippingPlanId,
            String shippingPlanExternalId,
            String shippingPlanName) {
    }
}
