package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The Logistics API's bundle shapes: contents name their product as productId, a logistics SKU. */
final class BundleJson {

    private BundleJson() {
    }

    @Schema(name = "BundleContent")
    record Content(
            @Schema(description = "The product's logistics SKU (logisticsSku accepted too)", example = "DA1B2C3D4E5",
                    requiredMode = REQUIRED)
            @JsonAlias("logisticsSku") @NotBlank String productId,
            @Schema(description = "Units of the product in one bundle", example = "2", requiredMode = REQUIRED)
            @NotNull @Positive Integer quantity) {
    }

    @Schema(name = "CreateBundleRequest")
    record CreateBundleInput(
            @Schema(description = "The merchant's own id for the bundle", example = "KIT-42") @Size(max = 200) String externalBundleId,
            @Schema(description = "Bundle name", example = "Starter kit", requiredMode = REQUIRED) @NotBlank @Size(max = 500) String title,
            @Schema(description = "The SKU an order line names to order the bundle", example = "KIT-42", requiredMode = REQUIRED)
            @NotBlank @Size(max = 200) String sku,
            @Schema(description = "The products in one bundle", requiredMode = REQUIRED)
            @NotEmpty List<@NotNull @Valid Content> bundleContents) {
    }

    @Schema(name = "Bundle")
    record Bundle(
            @Schema(requiredMode = REQUIRED) String bundleId,
            String externalBundleId,
            @Schema(requiredMode = REQUIRED) String title,
            @Schema(requiredMode = REQUIRED) String sku,
            @Schema(requiredMode = REQUIRED) List<Content> bundleContents,
            @Schema(requiredMode = REQUIRED) Instant createdAt) {
    }

    @Schema(name = "BundleInventory")
    record Inventory(
            @Schema(requiredMode = REQUIRED) String bundleId,
            @Schema(requiredMode = REQUIRED, description = "Whole bundles that can be made from available units") int availableUnits) {
    }
}
