package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Inventory;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inventory of many products at once: a page of all of them, or named ones per warehouse. */
@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/products", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Products")
class LogisticsInventoryEndpoints {

    private final Catalog catalog;
    private final Accounts accounts;
    private final Inventory inventory;

    LogisticsInventoryEndpoints(Catalog catalog, Accounts accounts, Inventory inventory) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.inventory = inventory;
    }

    @GetMapping("/inventory/all")
    @Operation(operationId = "ListInventory",
            summary = "Inventory of the merchant's products, a page at a time, in product order; an empty page is the end")
    @ApiResponse(responseCode = "200", description = "A bare array of inventory, one per product", useReturnTypeSchema = true)
    List<ProductJson.ApiInventoryResponse> all(
            @AuthenticationPrincipal Tenant tenant,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "" + LogisticsProductEndpoints.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Products to skip") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Inventory pool; DEFAULT when absent (UNALLOCATED reads the same, STORAGE and PREP are empty at Wharf)",
                    schema = @Schema(implementation = InventoryJson.PoolName.class))
            @RequestParam(required = false) String poolName) {
        LogisticsProductEndpoints.checkPage(limit, offset);
        var pool = InventoryJson.PoolName.parse(poolName);
        var merchant = accounts.soleMerchant(tenant);
        var products = catalog.page(tenant, merchant, limit, offset);
        var totals = totals(pool, merchant, products);
        return products.stream().map(p -> {
            var t = totals.getOrDefault(p.id(), new Inventory.Totals(0, 0));
            return new ProductJson.ApiInventoryResponse(p.logisticsSku(), t.onHand(), t.available(), t.unavailable());
        }).toList();
    }

    private static final String WAREHOUSE_EXAMPLE = """
            {"logisticsSkus": ["DA1B2C3D4E5"]}""";

    @PostMapping(path = "/warehouse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "GetInventoryByWarehouse", summary = "Units available to sell in each warehouse, for the named products",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = InventoryJson.WarehouseRequest.class),
                    examples = @ExampleObject(name = "one product", value = WAREHOUSE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "One entry per requested product, in the order asked", useReturnTypeSchema = true)
    List<InventoryJson.WarehouseInventory> byWarehouse(
            @AuthenticationPrincipal Tenant tenant,
            @Parameter(description = "Inventory pool; DEFAULT when absent", schema = @Schema(implementation = InventoryJson.PoolName.class))
            @RequestParam(required = false) String poolName,
            @Valid @RequestBody InventoryJson.WarehouseRequest request) {
        var pool = InventoryJson.PoolName.parse(poolName);
        var merchant = accounts.soleMerchant(tenant);
        // All the named products in one read; another merchant's SKU is refused exactly as a SKU that does not exist.
        var known = catalog.findByLogisticsSkus(tenant, merchant, request.logisticsSkus());
        var products = new ArrayList<Product>();
        for (int i = 0; i < request.logisticsSkus().size(); i++) {
            var sku = request.logisticsSkus().get(i);
            var product = known.get(sku);
            if (product == null) {
                throw new InvalidInput("logisticsSkus[" + i + "]", "no product with logisticsSku " + sku);
            }
            products.add(product);
        }
        var perWarehouse = new HashMap<ProductId, List<InventoryJson.WarehouseDetail>>();
        if (pool.wharfPool()) {
            for (var row : inventory.totalsByWarehouse(merchant, products.stream().map(Product::id).toList())) {
                perWarehouse.computeIfAbsent(row.product(), k -> new ArrayList<>())
                        .add(new InventoryJson.WarehouseDetail(Long.toString(row.warehouse().value()), row.totals().available()));
            }
        }
        return products.stream().map(p -> new InventoryJson.WarehouseInventory(p.logisticsSku(),
                perWarehouse.getOrDefault(p.id(), List.of()))).toList();
    }

    /** The page's products' totals over all warehouses, from one query; the pools Wharf lacks hold nothing. */
    private Map<ProductId, Inventory.Totals> totals(InventoryJson.PoolName pool, dev.wharf.account.MerchantId merchant,
                                                    List<Product> products) {
        var totals = new HashMap<ProductId, Inventory.Totals>();
        if (!pool.wharfPool()) {
            return totals;
        }
        for (var row : inventory.totalsByWarehouse(merchant, products.stream().map(Product::id).toList())) {
            totals.merge(row.product(), row.totals(),
                    (a, b) -> new Inventory.Totals(a.onHand() + b.onHand(), a.available() + b.available()));
        }
        return totals;
    }
}
