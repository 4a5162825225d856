package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The Logistics API's product shapes, as the vendor publishes them (ApiProductResponse, ApiInventoryResponse). */
final class ProductJson {

    private ProductJson() {
    }

    @Schema(name = "ProductDimensions", description = "Declared dimensions; the warehouse's measurements once dimsLocked")
    record Dimensions(
            @Schema(description = "Weight of one unit", example = "1.3") @PositiveOrZero BigDecimal weight,
            @Schema(description = "Unit of weight", allowableValues = {"lb", "kg", "oz"}, example = "lb") String weightUnit,
            @Schema(description = "Height of one unit", example = "4") @PositiveOrZero BigDecimal height,
            @Schema(description = "Width of one unit", example = "8") @PositiveOrZero BigDecimal width,
            @Schema(description = "Length of one unit", example = "10") @PositiveOrZero BigDecimal length,
            @Schema(description = "Unit of height, width and length", allowableValues = {"in", "cm"}, example = "in")
            String lengthUnit) {
    }

    @Schema(name = "CustomsInformation", description = "What customs needs to know; read back as the product's international")
    record CustomsInput(
            @Schema(description = "Country of origin, ISO 3166-1 alpha-2", example = "CN", requiredMode = REQUIRED)
            @JsonAlias("countryOfOrigin") @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be a 2-letter ISO country code")
            String originCountry,
            @Schema(description = "Harmonized System tariff code", example = "6912.00")
            @JsonAlias("hsTariffCode") @Size(max = 40) String tariffCode,
            @Schema(description = "Declared value of one unit", example = "12.50") @PositiveOrZero BigDecimal customsValue,
            @Schema(description = "What the product is, for the customs declaration", example = "Ceramic mug")
            @Size(max = 500) String description) {
    }

    @Schema(name = "CreateProductRequest")
    record CreateProductInput(
            @Schema(description = "Product name", example = "Ceramic mug", requiredMode = REQUIRED)
            @NotBlank @Size(max = 500) String name,
            @Schema(description = "The merchant's own SKU; unique per merchant (merchantSKU accepted too)", example = "MUG-001",
                    requiredMode = REQUIRED)
            @JsonAlias("merchantSKU") @NotBlank @Size(max = 200) String merchantSku,
            @Schema(description = "Barcodes printed on the product; the first is the main one")
            List<@NotBlank @Size(max = 200) String> barcodes,
            @Schema(description = "Declared dimensions") @Valid Dimensions dimensions,
            @Schema(description = "Customs data, needed to ship abroad") @Valid CustomsInput customsInformation) {
    }

    @Schema(name = "ProductInternational")
    record International(
            @Schema(description = "Country of origin, ISO 3166-1 alpha-2", requiredMode = REQUIRED) String originCountry,
            @Schema(description = "Harmonized System tariff code") String tariffCode,
            @Schema(description = "Declared value of one unit") BigDecimal customsValue,
            @Schema(description = "What the product is, for the customs declaration") String description) {
    }

    @Schema(name = "ApiProductResponse")
    record ApiProductResponse(
            @Schema(requiredMode = REQUIRED) String name,
            @Schema(requiredMode = REQUIRED, description = "Wharf's SKU for the product") String logisticsSku,
            @Schema(requiredMode = REQUIRED) String merchantSku,
            @Schema(requiredMode = REQUIRED) List<String> barcodes,
            @Schema(description = "null when unknown") Dimensions dimensions,
            @Schema(description = "null when no customs data was given") International international,
            @Schema(requiredMode = REQUIRED, description = "true once the warehouse measured the product at receiving")
            boolean dimsLocked,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(name = "ApiInventoryResponse")
    record ApiInventoryResponse(
            String logisticsSku,
            @Schema(requiredMode = REQUIRED, description = "Units physically held") int onHand,
            @Schema(requiredMode = REQUIRED, description = "Units sellable now") int available,
            @Schema(requiredMode = REQUIRED, description = "Reserved, damaged or not yet stocked") int unavailable,
            @Schema(description = "Units in one pack; null: Wharf keeps single units") Integer unitsPerPack,
            @Schema(description = "Available units by expiry; null: not reported") List<LotTracking> lotTrackingDetails,
            @Schema(description = "The same counts per pack; null: not reported") List<ApiInventoryResponse> breakdown) {

        ApiInventoryResponse(String logisticsSku, int onHand, int available, int unavailable) {
            this(logisticsSku, onHand, available, unavailable, null, null, null);
        }
    }

    @Schema(name = "LotTrackingDetail")
    record LotTracking(String expirationDate, @Schema(requiredMode = REQUIRED) int available) {
    }
}
