package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The Logistics API's inventory-read shapes beyond ApiInventoryResponse (which lives with the products). */
final class InventoryJson {

    private InventoryJson() {
    }

    /**
     * The vendor's inventory pools. Wharf runs one pool per warehouse: DEFAULT and UNALLOCATED both
     * read it; STORAGE (long-term reserve storage) and PREP (units being prepared) are pools Wharf
     * does not have, so they read zero units.
     */
    @Schema(name = "PoolName")
    enum PoolName {
        DEFAULT, UNALLOCATED, STORAGE, PREP;

        boolean wharfPool() {
            return this == DEFAULT || this == UNALLOCATED;
        }

        static PoolName parse(String value) {
            if (value == null) {
                return DEFAULT;
            }
            for (var pool : values()) {
                if (pool.name().equals(value)) {
                    return pool;
                }
            }
            throw new dev.wharf.shared.InvalidInput("poolName", "'" + value + "' is not one of DEFAULT, UNALLOCATED, STORAGE, PREP");
        }
    }

    @Schema(name = "WarehouseInventoryRequest")
    record WarehouseRequest(
            @Schema(description = "The products to look up, at most 100", requiredMode = REQUIRED, example = "[\"DA1B2C3D4E5\"]")
            @NotEmpty @Size(max = 100) List<@NotNull @NotBlank String> logisticsSkus) {
    }

    @Schema(name = "WarehouseDetail")
    record WarehouseDetail(
            @Schema(requiredMode = REQUIRED, description = "Wharf's warehouse id", example = "1") String warehouseId,
            @Schema(requiredMode = REQUIRED, description = "Units sellable now in that warehouse", example = "24") int available) {
    }

    @Schema(name = "WarehouseInventoryResponse")
    record WarehouseInventory(
            @Schema(requiredMode = REQUIRED, example = "DA1B2C3D4E5") String logisticsSku,
            @Schema(requiredMode = REQUIRED, description = "Each warehouse that holds or held the product; empty when none")
            List<WarehouseDetail> warehouseDetails) {
    }
}
