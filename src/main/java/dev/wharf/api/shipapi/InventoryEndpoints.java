package dev.wharf.api.shipapi;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.api.support.Paging;
import dev.wharf.catalog.Catalog;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.Inventory;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/shipapi/inventory", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inventory", description = "ShipAPI §11: a user's stock in a warehouse")
class InventoryEndpoints {

    @Schema(example = "{\"warehouseId\":1,\"userId\":1251}")
    record InventoryRequest(@Schema(description = "The warehouse") @NotNull Long warehouseId,
                            @Schema(description = "The user whose stock to list") @NotNull Long userId) {
    }

    /** One stock row; {@code stock} is what the user can still ship from it (on hand less reserved). */
    @Schema(requiredProperties = {"productId", "inventoryId", "section", "title", "asin", "sku", "barcode", "parcelType", "stock",
            "inventoryStatus"})
    record InventoryJson(long productId, long inventoryId, String section, String title, String asin, String sku,
                         String barcode, @Schema(allowableValues = {"Palett", "Box"}) String parcelType, int stock,
                         @Schema(allowableValues = {"ok", "damaged"}) String inventoryStatus) {
    }

    private final Inventory inventory;
    private final Merchants merchants;
    private final Warehouses warehouses;
    private final Catalog catalog;

    InventoryEndpoints(Inventory inventory, Merchants merchants, Warehouses warehouses, Catalog catalog) {
        this.inventory = inventory;
        this.merchants = merchants;
        this.warehouses = warehouses;
        this.catalog = catalog;
    }

    @PostMapping("/list")
    @Operation(operationId = "inventoryList", summary = "11. The user's stock rows: per section, parcel type and condition (ok / damaged)")
    List<InventoryJson> list(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody InventoryRequest request,
            @RequestParam(defaultValue = "0") @Parameter(description = Paging.AFTER) long after,
            @RequestParam(defaultValue = "" + Paging.SHIPAPI_MAX) @Parameter(description = Paging.SHIPAPI_LIMIT) int limit) {
        var page = Paging.keyset(after, limit, Paging.SHIPAPI_MAX);
        var merchant = merchants.require(tenant, "userId", new MerchantId(request.userId()));
        var warehouse = warehouses.require("warehouseId", new WarehouseId(request.warehouseId()));
        // Units still at the receiving dock are not the user's stock yet: they appear once put away.
        var rows = inventory.stockedBalancesOf(merchant.id(), warehouse.id(), page);
        // The page's products and section codes in one read each, not one per row.
        var products = catalog.products(tenant, merchant.id(), rows.stream().map(b -> b.product()).toList());
        var sections = warehouses.sectionCodes(rows.stream().map(b -> b.section()).toList());
        return rows.stream()
                .map(b -> {
                    var product = products.get(b.product());
                    int stock = b.condition() == Condition.OK ? b.onHand() - b.reserved() : b.onHand();
                    return new InventoryJson(product.id().value(), b.id(), sections.get(b.section()),
                            product.title(), product.asin(), product.sku(), product.barcode(), b.parcelType(), stock,
                            b.condition() == Condition.OK ? "ok" : "damaged");
                })
                .toList();
    }
}
