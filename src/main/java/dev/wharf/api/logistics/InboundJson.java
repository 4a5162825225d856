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

    @Schema(name = "InboundAddressInput", description = "Where the goods are sent from")
    record AddressInput(
            @Schema(description = "Sender's name", example = "Jane Supplier") @Size(max = 200) String name,
            @Schema(description = "Sender's company", example = "Supplier Ltd") @Size(max = 200) String company,
            @Schema(description = "Street and number", example = "1 Factory Rd") @Size(max = 200) String street1,
            @Schema(description = "Second address line") @Size(max = 200) String street2,
            @Schema(description = "City", example = "Shenzhen") @Size(max = 100) String city,
            @Schema(description = "State or province", example = "GD") @Size(max = 100) String state,
            @Schema(description = "Postal code", example = "518000") @Size(max = 40) String zip,
            @Schema(description = "ISO 3166-1 alpha-2", example = "CN")
            @jakarta.validation.constraints.Pattern(regexp = "^[A-Z]{2}$", message = "must be a 2-letter ISO country code") String country,
            @Schema(description = "Sender's phone") @Size(max = 50) String phone,
            @Schema(description = "Sender's e-mail") @Size(max = 200) @dev.wharf.api.support.EmailAddress String email) {
    }

    @Schema(name = "UpdateInboundPackage")
    record PackageInput(
            @Schema(description = "Length of the box", example = "12") @jakarta.validation.constraints.PositiveOrZero BigDecimal length,
            @Schema(description = "Width of the box", example = "10") @jakarta.validation.constraints.PositiveOrZero BigDecimal width,
            @Schema(description = "Height of the box", example = "8") @jakarta.validation.constraints.PositiveOrZero BigDecimal height,
            @Schema(description = "Weight of the full box", example = "5.5") @jakarta.validation.constraints.PositiveOrZero BigDecimal weight,
            @Schema(description = "Unit of length, width and height", allowableValues = {"in", "cm"}, example = "in") String dimensionUnit,
            @Schema(description = "Unit of weight", allowableValues = {"lb", "kg", "oz"}, example = "lb") String weightUnit,
            @Schema(requiredMode = REQUIRED, description = "What is in the box") @NotEmpty List<@NotNull @Valid ItemInput> items) {
    }

    @Schema(name = "UpdateInboundPrep")
    record PrepInput(@Schema(requiredMode = REQUIRED, description = "Whether box content labels are wanted") @NotNull Boolean boxContentLabels) {
    }

    @Schema(name = "UpdateInboundShipmentRequest", description = "A partial update: a property left out or null keeps its value")
    record UpdateInput(
            @Schema(description = "Where the goods are sent from") @Valid AddressInput from,
            @Schema(description = "How the goods travel (kept as given)", example = "SPD") @Size(max = 100) String shippingOption,
            @Schema(description = "Replaces every package and what it holds") @Size(min = 1, max = 500) List<@NotNull @Valid PackageInput> packages,
            @Schema(description = "Freight booking details (kept as given)") java.util.Map<String, Object> freightDetails,
            @Schema(description = "The carrier's tracking number, for every package", example = "1Z999AA10123456784")
            @Size(max = 100) String packageTrackingNumber,
            @Schema(description = "Prep wanted at the warehouse") @Valid PrepInput prep,
            @Schema(description = "Whether the packages should be created from the items (kept as given)") Boolean createPackages) {
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
