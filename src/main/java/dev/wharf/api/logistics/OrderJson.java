package dev.wharf.api.logistics;

import dev.wharf.api.support.WebUrl;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The Logistics API's order shapes, field for field as published (2024-04). */
final class OrderJson {

    private OrderJson() {
    }

    record AddressInput(@NotBlank @Size(max = 300) String address1, @Size(max = 300) String address2, @NotBlank @Size(max = 100) String city,
                        @Size(max = 200) String company, @NotBlank String countryCode, @Size(max = 200) String name,
                        @Size(max = 60) String phone, @Size(max = 100) String provinceCode, @Size(max = 40) String zip) {
    }

    record Money(BigDecimal amount, String currency) {
    }

    record OrderLineItemInput202401(@NotNull @Positive Integer quantity, @NotBlank String logisticsSku, @Valid Money customsUnitValue) {
    }

    record DutiesInput(String incoterm, @NotBlank String merchantOfRecordAccountId, String merchantOfRecordCarrierCode,
                       @NotBlank String merchantOfRecordOrderId, @NotBlank String merchantOfRecordProvider,
                       List<Object> merchantOfRecordSkuMap) {
    }

    record CreateOrderInput(@NotNull @Valid AddressInput address,
                            @NotBlank @Size(max = 200) String externalOrderId,
                            OffsetDateTime promisedDeliveryByTime,
                            OffsetDateTime promisedShipByTime,
                            String source,
                            Double deliveryDays,
                            @Valid DutiesInput duties,
                            Boolean isSubscriptionOrder,
                            @Size(max = 100) String shipMethod,
                            @NotEmpty List<@NotNull @Valid OrderLineItemInput202401> lineItems,
                            @Size(max = 2000) @WebUrl String packingSlipUrl) {
    }

    record Address(String address1, String address2, String city, String company, String countryCode, String name, String phone,
                   String provinceCode, String zip) {
    }

    record LineItemError(String logisticsSku, int quantity, int available, String message) {
    }

    record OrderError(double code, List<LineItemError> lineItemErrors, String message, boolean retriable, String type) {
    }

    record OrderLineItem(Money customsUnitValue, String logisticsSku, double quantity) {
    }

    record OrderState(boolean fulfillmentDelayed, boolean fulfillmentInProgress, String fulfillmentStatus, String internalStatus) {
    }

    record PackageDimensions(BigDecimal length, BigDecimal width, BigDecimal height, String lengthUnit, BigDecimal weight,
                             String weightUnit) {
    }

    record FulfillmentPackage(String id, String carrier, String trackingCode, String trackingUrl, String shippingMethod,
                              PackageDimensions packageDimensions) {
    }

    record FulfillmentShipmentItem(String logisticsSku, double quantity) {
    }

    record FulfillmentShipmentModel(List<FulfillmentPackage> packages, String id, Instant createdAt, String status,
                                    Instant estimatedDeliveryTime, List<FulfillmentShipmentItem> lineItems, Instant shippedAt,
                                    Instant estimatedShipTime, Instant labelPrintTime, String warehouseId, String warehouseOrderId) {
    }

    record Order(Address address, BigDecimal cost, String id, Instant createdAt, Instant updatedAt, OrderError error,
                 Instant deliveredAt, String externalOrderId, List<OrderLineItem> lineItems, Instant promisedDeliveryByTime,
                 Instant promisedShipByTime, Instant shippedAt, String source, OrderState state,
                 List<FulfillmentShipmentModel> shipments) {
    }

}
