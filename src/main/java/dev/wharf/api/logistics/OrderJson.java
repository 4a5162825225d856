package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.wharf.api.support.WebUrl;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The Logistics API's order shapes, field for field as published (2024-04). */
final class OrderJson {

    private OrderJson() {
    }

    @Schema(name = "AddressInput")
    record AddressInput(
            @Schema(description = "First address line of the address.", example = "110 Sutter St", requiredMode = REQUIRED)
            @NotBlank @Size(max = 300) String address1,
            @Schema(description = "Second address line of the address.", example = "Suite 400") @Size(max = 300) String address2,
            @Schema(description = "City of the address.", example = "San Francisco", requiredMode = REQUIRED)
            @NotBlank @Size(max = 100) String city,
            @Schema(description = "Company name for the entity.") @Size(max = 200) String company,
            @Schema(description = "Country code for the address. Ex: 'US', 'CA', 'MX'", example = "US", requiredMode = REQUIRED)
            @NotBlank String countryCode,
            @Schema(description = "Name of entity.", example = "Jane Buyer") @Size(max = 200) String name,
            @Schema(description = "Phone number of the entity.") @Size(max = 60) String phone,
            @Schema(description = "State or region of the address - if a US countryCode, must be the 2-letter state postal abbreviation.",
                    example = "CA") @Size(max = 100) String provinceCode,
            @Schema(description = "Postal code of the address.", example = "94104") @Size(max = 40) String zip) {
    }

    @Schema(name = "Money")
    record Money(
            @Schema(description = "Value of one unit", example = "12.50", requiredMode = REQUIRED) @NotNull @PositiveOrZero BigDecimal amount,
            @Schema(description = "ISO 4217 currency code (currency accepted too)", example = "USD", requiredMode = REQUIRED)
            @JsonAlias("currency") @NotBlank @Size(min = 3, max = 3) String currencyCode) {
    }

    @Schema(name = "OrderLineItemInput202401")
    record OrderLineItemInput202401(
            @Schema(description = "The quantity of the product to ship for this order.", example = "1", requiredMode = REQUIRED)
            @NotNull @Positive Integer quantity,
            @Schema(description = "Unique line item identifier. This can also be a bundle identifier.", example = "DA1B2C3D4E5",
                    requiredMode = REQUIRED) @NotBlank String logisticsSku,
            @Schema(description = "Declared customs value of one unit") @Valid Money customsUnitValue) {
    }

    @Schema(name = "DutiesInput")
    record DutiesInput(
            @Schema(description = "Incoterm value for an order Ex: 'DDP', 'DAP'.", implementation = LogisticsEnums.Incoterm.class)
            String incoterm,
            @Schema(description = "The merchant GUID associated with Global-E.", requiredMode = REQUIRED)
            @NotBlank String merchantOfRecordAccountId,
            @Schema(description = "The carrier code used by the carrier.") String merchantOfRecordCarrierCode,
            @Schema(description = "The merchant order ID associated with Global-E.", requiredMode = REQUIRED)
            @NotBlank String merchantOfRecordOrderId,
            @Schema(description = "The merchant of record provider for the order.", requiredMode = REQUIRED,
                    implementation = LogisticsEnums.MerchantOfRecordProvider.class)
            @NotBlank String merchantOfRecordProvider,
            @Schema(description = "A list of DSKU to MSKU mappings.") List<Object> merchantOfRecordSkuMap) {
    }

    @Schema(name = "CreateOrderInput")
    record CreateOrderInput(
            @Schema(description = "Where the order goes", requiredMode = REQUIRED) @NotNull @Valid AddressInput address,
            @Schema(description = "A unique order reference meaningful to the external system submitting the order.",
                    example = "SHOP-1001", requiredMode = REQUIRED)
            @NotBlank @Size(max = 200) String externalOrderId,
            @Schema(description = "When the packages should arrive at the buyer's address; in the future and after promisedShipByTime.")
            OffsetDateTime promisedDeliveryByTime,
            @Schema(description = "When the packages should ship by; in the future and before promisedDeliveryByTime.")
            OffsetDateTime promisedShipByTime,
            @Schema(description = "The system originating the order; SHOPIFY when left blank.",
                    implementation = LogisticsEnums.SourceId.class)
            String source,
            @Schema(description = "Days in which this order must be delivered, counting from the date of shipment", example = "3")
            Double deliveryDays,
            @Schema(description = "Duties information for an order") @Valid DutiesInput duties,
            @Schema(description = "Is this order part of a recurring subscription for the customer") Boolean isSubscriptionOrder,
            @Schema(description = "Text of ship method like 'Standard', 'UPS GROUND', etc.", example = "Standard")
            @Size(max = 100) String shipMethod,
            @Schema(description = "A list of the fulfillment order's line items.", requiredMode = REQUIRED)
            @NotEmpty List<@NotNull @Valid OrderLineItemInput202401> lineItems,
            @Schema(description = "A URL referencing packing slip for this order; overrides the default packing slip.")
            @Size(max = 2000) @WebUrl String packingSlipUrl) {
    }

    @Schema(name = "Address")
    record Address(@Schema(requiredMode = REQUIRED) String address1, String address2, @Schema(requiredMode = REQUIRED) String city,
                   String company, @Schema(requiredMode = REQUIRED) String countryCode, String name,
                   @Schema(requiredMode = REQUIRED) String phone, @Schema(requiredMode = REQUIRED) String provinceCode,
                   @Schema(requiredMode = REQUIRED) String zip) {
    }

    @Schema(name = "LineItemError")
    record LineItemError(String logisticsSku, int quantity, int available, String message) {
    }

    @Schema(name = "OrderError")
    record OrderError(@Schema(requiredMode = REQUIRED) double code, List<LineItemError> lineItemErrors,
                      @Schema(requiredMode = REQUIRED) String message, @Schema(requiredMode = REQUIRED) boolean retriable,
                      @Schema(requiredMode = REQUIRED, implementation = LogisticsEnums.OrderErrorType.class) String type) {
    }

    @Schema(name = "OrderLineItem")
    record OrderLineItem(Money customsUnitValue, @Schema(requiredMode = REQUIRED) String logisticsSku,
                         @Schema(requiredMode = REQUIRED) double quantity) {
    }

    @Schema(name = "OrderState")
    record OrderState(@Schema(requiredMode = REQUIRED) boolean fulfillmentDelayed,
                      @Schema(requiredMode = REQUIRED) boolean fulfillmentInProgress,
                      @Schema(requiredMode = REQUIRED, implementation = LogisticsEnums.ExternalOrderStatus.class) String fulfillmentStatus,
                      @Schema(requiredMode = REQUIRED, implementation = LogisticsEnums.InternalOrderStatus.class) String internalStatus) {
    }

    @Schema(name = "PackageDimensions")
    record PackageDimensions(BigDecimal length, BigDecimal width, BigDecimal height, String lengthUnit, BigDecimal weight,
                             String weightUnit) {
    }

    @Schema(name = "PackageLineItem", description = "Units of one product in this box")
    record PackageLineItem(@Schema(requiredMode = REQUIRED) String logisticsSku, @Schema(requiredMode = REQUIRED) int quantity) {
    }

    @Schema(name = "PackageLabel", description = "The package's shipping label; null until one is made")
    record PackageLabel(@Schema(requiredMode = REQUIRED) String carrier,
                        @Schema(requiredMode = REQUIRED, description = "CARRIER.SERVICE") String shippingMethod,
                        @Schema(requiredMode = REQUIRED) String trackingCode,
                        @Schema(requiredMode = REQUIRED, description = "Where the merchant downloads the label (same Bearer token)")
                        String labelUrl,
                        @Schema(requiredMode = REQUIRED, allowableValues = {"PDF", "ZPL"}) String labelFormat,
                        @Schema(description = "When the label was made") Instant createdAt) {
    }

    @Schema(name = "FulfillmentPackage")
    record FulfillmentPackage(@Schema(requiredMode = REQUIRED) String id, String carrier, String trackingCode, String trackingUrl,
                              String shippingMethod, PackageDimensions packageDimensions,
                              @Schema(requiredMode = REQUIRED) List<PackageLineItem> lineItems, PackageLabel label) {
    }

    @Schema(name = "FulfillmentShipmentItem")
    record FulfillmentShipmentItem(@Schema(requiredMode = REQUIRED) String logisticsSku, @Schema(requiredMode = REQUIRED) double quantity) {
    }

    @Schema(name = "FulfillmentShipmentModel")
    record FulfillmentShipmentModel(@Schema(requiredMode = REQUIRED) List<FulfillmentPackage> packages,
                                    @Schema(requiredMode = REQUIRED) String id, Instant createdAt,
                                    @Schema(requiredMode = REQUIRED, implementation = LogisticsEnums.ShipmentStatus.class) String status,
                                    Instant estimatedDeliveryTime,
                                    @Schema(requiredMode = REQUIRED) List<FulfillmentShipmentItem> lineItems, Instant shippedAt,
                                    Instant estimatedShipTime, Instant labelPrintTime,
                                    @Schema(requiredMode = REQUIRED) String warehouseId, String warehouseOrderId) {
    }

    @Schema(name = "FulfillmentOrder")
    record Order(@Schema(requiredMode = REQUIRED) Address address, BigDecimal cost, @Schema(requiredMode = REQUIRED) String id,
                 Instant createdAt, Instant updatedAt, OrderError error, Instant deliveredAt, String externalOrderId,
                 @Schema(requiredMode = REQUIRED) List<OrderLineItem> lineItems, Instant promisedDeliveryByTime,
                 Instant promisedShipByTime, Instant shippedAt,
                 @Schema(implementation = LogisticsEnums.SourceId.class) String source,
                 @Schema(requiredMode = REQUIRED) OrderState state,
                 @Schema(requiredMode = REQUIRED) List<FulfillmentShipmentModel> shipments) {
    }
}
