package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Bundle;
import dev.wharf.catalog.Bundles;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.inventory.Inventory;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/bundles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bundles", description = "SKUs that stand for several products")
class LogisticsBundleEndpoints {

    private final Bundles bundles;
    private final Catalog catalog;
    private final Accounts accounts;
    private final Inventory inventory;
    private final Idempotency idempotency;

    LogisticsBundleEndpoints(Bundles bundles, Catalog catalog, Accounts accounts, Inventory inventory, Idempotency idempotency) {
        this.bundles = bundles;
        this.catalog = catalog;
        this.accounts = accounts;
        this.inventory = inventory;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "CreateBundle", summary = "A bundle SKU that expands into its products when ordered")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BundleJson.Bundle.class)))
    @ApiResponse(responseCode = "409", description = "The SKU is already a product's or another bundle's", content = @Content)
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> createBundle(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody BundleJson.CreateBundleInput input,
                                        @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        return idempotency.run(tenant, key, "CreateBundle", input, () -> {
            var bundle = bundles.create(tenant, accounts.soleMerchant(tenant), input.externalBundleId(), input.title(), input.sku(),
                    input.bundleContents().stream().map(c -> new Bundles.Content(c.productId(), c.quantity())).toList());
            return ResponseEntity.status(HttpStatus.CREATED).body(json(bundle));
        });
    }

    @GetMapping("/{bundleId}")
    @Operation(operationId = "GetBundle", summary = "One bundle and its contents")
    @ApiResponse(responseCode = "200", description = "The bundle", content = @Content(schema = @Schema(implementation = BundleJson.Bundle.class)))
    BundleJson.Bundle getBundle(@AuthenticationPrincipal Tenant tenant, @PathVariable String bundleId) {
        return json(bundle(tenant, bundleId));
    }

    @GetMapping("/{bundleId}/inventory")
    @Operation(operationId = "GetBundleInventory", summary = "How many whole bundles the available units make")
    @ApiResponse(responseCode = "200", description = "The bundle's availability",
            content = @Content(schema = @Schema(implementation = BundleJson.Inventory.class)))
    BundleJson.Inventory getBundleInventory(@AuthenticationPrincipal Tenant tenant, @PathVariable String bundleId) {
        var bundle = bundle(tenant, bundleId);
        int units = bundle.items().stream()
                .mapToInt(i -> inventory.totals(bundle.merchant(), i.product()).available() / i.quantity())
                .min().orElse(0);
        return new BundleJson.Inventory(Long.toString(bundle.id()), units);
    }

    private Bundle bundle(Tenant tenant, String bundleId) {
        if (bundleId == null || !bundleId.matches("^\\d{1,18}$")) {
            throw new InvalidInput("bundleId", "'" + bundleId + "' is not a bundle id (digits only)");
        }
        return bundles.find(accounts.soleMerchant(tenant), Long.parseLong(bundleId))
                .orElseThrow(() -> new NotFound("bundleId", "bundle " + bundleId + " not found"));
    }

    private BundleJson.Bundle json(Bundle b) {
        return new BundleJson.Bundle(Long.toString(b.id()), b.externalBundleId(), b.title(), b.sku(), b.items().stream()
                .map(i -> new BundleJson.Content(catalog.findAny(i.product()).map(Product::logisticsSku).orElse(null), i.quantity()))
                .toList(), b.createdAt());
    }
}
