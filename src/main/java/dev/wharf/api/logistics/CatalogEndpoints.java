package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Bundle;
import dev.wharf.catalog.Bundles;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.DimensionUnit;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductDetails;
import dev.wharf.catalog.WeightUnit;
import dev.wharf.inventory.Inventory;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Products", description = "Products and bundles of the merchant, and their inventory")
class CatalogEndpoints {

    record Dimensions(@PositiveOrZero BigDecimal length, @PositiveOrZero BigDecimal width, @PositiveOrZero BigDecimal height,
                      String lengthUnit, @PositiveOrZero BigDecimal weight, String weightUnit) {
    }

    record CustomsInformation(@Size(max = 40) String hsTariffCode, @Size(max = 2) String countryOfOrigin,
                              @Size(max = 500) String description) {
    }

    record CreateProductInput(@NotBlank @Size(max = 500) String name, @NotBlank @Size(max = 200) String merchantSku,
                              List<@NotBlank @Size(max = 200) String> barcodes, @Valid Dimensions dimensions,
                              @Valid CustomsInformation customsInformation) {
    }

    record ProductJson(String logisticsSku, String name, String merchantSku, List<String> barcodes, Dimensions dimensions,
                       CustomsInformation customsInformation) {
    }

    record ProductPage(List<ProductJson> products, int limit, int offset, long total) {
    }

    record InventoryJson(String logisticsSku, int onHand, int available, int unavailable) {
    }

    record BundleContent(@NotBlank String logisticsSku, @NotNull @Positive Integer quantity) {
    }

    record CreateBundleInput(@Size(max = 200) String externalBundleId, @NotBlank @Size(max = 500) String title,
                             @NotBlank @Size(max = 200) String sku, @NotEmpty List<@NotNull @Valid BundleContent> bundleContents) {
    }

    record BundleJson(String externalBundleId, String title, String sku, List<BundleContent> bundleContents) {
    }

    private final Catalog catalog;
    private final Bundles bundles;
    private final Accounts accounts;
    private final Inventory inventory;
    private final Idempotency idempotency;

    CatalogEndpoints(Catalog catalog, Bundles bundles, Accounts accounts, Inventory inventory, Idempotency idempotency) {
        this.catalog = catalog;
        this.bundles = bundles;
        this.accounts = accounts;
        this.inventory = inventory;
        this.idempotency = idempotency;
    }

    @PostMapping("/products")
    @Operation(operationId = "CreateProduct", summary = "Create a product; answers its generated logisticsSku")
    ResponseEntity<Object> createProduct(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody CreateProductInput input,
                                         @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        return idempotency.run(tenant, key, "CreateProduct", input, () -> {
            var d = input.dimensions();
            var details = new ProductDetails(input.name(), null, null, input.merchantSku(), null, null,
                    d == null ? null : d.weight(), d == null || d.weight() == null ? null : weightUnit(d.weightUnit()),
                    d == null ? null : d.length(), d == null ? null : d.width(), d == null ? null : d.height(),
                    d == null || (d.length() == null && d.width() == null && d.height() == null) ? null : lengthUnit(d.lengthUnit()),
                    null, null, null, true);
            var c = input.customsInformation();
            var product = catalog.define(tenant, accounts.soleMerchant(tenant), details, input.barcodes(),
                    c == null ? null : new Product.Customs(c.hsTariffCode(), c.countryOfOrigin(), c.description()));
            return ResponseEntity.status(HttpStatus.CREATED).body(json(product));
        });
    }

    @GetMapping("/products")
    @Operation(operationId = "ListProducts", summary = "The merchant's products, a page at a time")
    ProductPage listProducts(@AuthenticationPrincipal Tenant tenant, @RequestParam(defaultValue = "50") int limit,
                             @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInput("limit", "must be 1 to 200");
        }
        if (offset < 0) {
            throw new InvalidInput("offset", "must not be negative");
        }
        var merchant = accounts.soleMerchant(tenant);
        return new ProductPage(catalog.page(tenant, merchant, limit, offset).stream().map(this::json).toList(), limit, offset,
                catalog.count(merchant));
    }

    @GetMapping("/products/{logisticsSku}")
    @Operation(operationId = "GetProduct", summary = "One product by logisticsSku")
    ProductJson getProduct(@AuthenticationPrincipal Tenant tenant, @PathVariable String logisticsSku) {
        return json(product(tenant, logisticsSku));
    }

    @GetMapping("/products/{logisticsSku}/inventory")
    @Operation(operationId = "GetProductInventory", summary = "Units on hand, available to sell, and unavailable (reserved, damaged, not yet stocked)")
    InventoryJson inventory(@AuthenticationPrincipal Tenant tenant, @PathVariable String logisticsSku) {
        var product = product(tenant, logisticsSku);
        var totals = inventory.totals(product.merchantId(), product.id());
        return new InventoryJson(product.logisticsSku(), totals.onHand(), totals.available(), totals.unavailable());
    }

    @PostMapping("/bundles")
    @Operation(operationId = "CreateBundle", summary = "A bundle SKU that expands into its products when ordered")
    ResponseEntity<Object> createBundle(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody CreateBundleInput input,
                                        @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        return idempotency.run(tenant, key, "CreateBundle", input, () -> {
            var bundle = bundles.create(tenant, accounts.soleMerchant(tenant), input.externalBundleId(), input.title(), input.sku(),
                    input.bundleContents().stream().map(c -> new Bundles.Content(c.logisticsSku(), c.quantity())).toList());
            return ResponseEntity.status(HttpStatus.CREATED).body(json(bundle));
        });
    }

    private Product product(Tenant tenant, String logisticsSku) {
        return catalog.findByLogisticsSku(tenant, accounts.soleMerchant(tenant), logisticsSku)
                .orElseThrow(() -> new NotFound("logisticsSku", "product " + logisticsSku + " not found"));
    }

    private ProductJson json(Product p) {
        var dims = p.weight() == null && p.length() == null ? null : new Dimensions(p.length(), p.width(), p.height(),
                p.dimensionUnit() == null ? null : p.dimensionUnit().name().toLowerCase(Locale.ROOT), p.weight(),
                p.weightUnit() == null ? null : p.weightUnit().name().toLowerCase(Locale.ROOT));
        var c = p.customs();
        var customs = c == null || (c.hsTariffCode() == null && c.countryOfOrigin() == null && c.description() == null) ? null
                : new CustomsInformation(c.hsTariffCode(), c.countryOfOrigin(), c.description());
        return new ProductJson(p.logisticsSku(), p.title(), p.sku(), catalog.barcodes(p.id()), dims, customs);
    }

    private BundleJson json(Bundle b) {
        return new BundleJson(b.externalBundleId(), b.title(), b.sku(), b.items().stream()
                .map(i -> new BundleContent(catalog.findAny(i.product()).map(Product::logisticsSku).orElse(null), i.quantity())).toList());
    }

    private static WeightUnit weightUnit(String unit) {
        return switch (unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT)) {
            case "lb" -> WeightUnit.LB;
            case "kg" -> WeightUnit.KG;
            case "oz" -> WeightUnit.OZ;
            default -> throw new InvalidInput("dimensions.weightUnit", "'" + unit + "' is not one of lb, kg, oz");
        };
    }

    private static DimensionUnit lengthUnit(String unit) {
        return switch (unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT)) {
            case "in" -> DimensionUnit.IN;
            case "cm" -> DimensionUnit.CM;
            default -> throw new InvalidInput("dimensions.lengthUnit", "'" + unit + "' is not one of in, cm");
        };
    }
}
