package dev.wharf.api.shipapi;

import dev.wharf.api.support.WebUrl;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Tenant;
import dev.wharf.api.support.Decimals;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.DimensionUnit;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductDetails;
import dev.wharf.catalog.ProductId;
import dev.wharf.catalog.WeightUnit;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/shipapi/product", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Products", description = "ShipAPI §6–8: a user's products")
class ProductEndpoints {

    record ProductRequest(Long id,
                          Long warehouseId,
                          Long userId,
                          @Size(max = 500) String title,
                          String marketplaceId,
                          @JsonProperty("ASIN") @JsonAlias("asin") String asin,
                          @JsonProperty("SKU") @JsonAlias("sku") @Size(max = 200) String sku,
                          @Size(max = 200) String barcode,
                          @Size(max = 2000) @WebUrl String imageUrl,
                          BigDecimal weight,
                          String weightUnit,
                          BigDecimal height,
                          BigDecimal width,
                          BigDecimal length,
                          String dimensionUnit,
                          BigDecimal price,
                          String currency,
                          LocalDate expirationDate,
                          Boolean isActive) {
    }

    record ProductJson(@JsonProperty("Id") long id,
                       @JsonProperty("WarehouseId") Long warehouseId,
                       @JsonProperty("UserId") long userId,
                       @JsonProperty("Title") String title,
                       @JsonProperty("MarketplaceId") String marketplaceId,
                       @JsonProperty("ASIN") String asin,
                       @JsonProperty("SKU") String sku,
                       @JsonProperty("Barcode") String barcode,
                       @JsonProperty("ImageUrl") String imageUrl,
                       @JsonProperty("Weight") BigDecimal weight,
                       @JsonProperty("WeightUnit") String weightUnit,
                       @JsonProperty("Length") BigDecimal length,
                       @JsonProperty("Width") BigDecimal width,
                       @JsonProperty("Height") BigDecimal height,
                       @JsonProperty("DimensionUnit") String dimensionUnit,
                       @JsonProperty("Price") BigDecimal price,
                       @JsonProperty("Currency") String currency,
                       @JsonProperty("IsActive") boolean isActive) {

        static ProductJson of(Product p) {
            return new ProductJson(p.id().value(), p.warehouseId() == null ? null : p.warehouseId().value(),
                    p.merchantId().value(), p.title(), p.marketplaceId(), p.asin(), p.sku(), p.barcode(), p.imageUrl(),
                    Decimals.plain(p.weight()), p.weightUnit() == null ? null : p.weightUnit().name().toLowerCase(Locale.ROOT),
                    Decimals.plain(p.length()), Decimals.plain(p.width()), Decimals.plain(p.height()),
                    p.dimensionUnit() == null ? null : p.dimensionUnit().name().toLowerCase(Locale.ROOT),
                    Decimals.plain(p.price()), p.currency(), p.active());
        }
    }

    private final Catalog catalog;

    ProductEndpoints(Catalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/addUpdate")
    @Operation(operationId = "productAddUpdate", summary = "6. Define a product (id null) or update one (warehouseId and userId cannot change)")
    Envelope addUpdate(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody ProductRequest request) {
        var details = new ProductDetails(request.title(), request.marketplaceId(), request.asin(), request.sku(),
                request.barcode(), request.imageUrl(), request.weight(), weightUnit(request.weightUnit()),
                request.length(), request.width(), request.height(), dimensionUnit(request.dimensionUnit()),
                request.price(), currency(request.currency()), request.expirationDate(), request.isActive());
        if (request.id() == null) {
            if (request.warehouseId() == null) {
                throw new InvalidInput("warehouseId", "is required");
            }
            if (request.userId() == null) {
                throw new InvalidInput("userId", "is required");
            }
            return Envelope.success(catalog.define(tenant, new MerchantId(request.userId()), new WarehouseId(request.warehouseId()),
                    details).id().value());
        }
        var current = catalog.require(tenant, "id", new ProductId(request.id()));
        if (request.warehouseId() != null && (current.warehouseId() == null || current.warehouseId().value() != request.warehouseId())) {
            throw new InvalidInput("warehouseId", "cannot be updated");
        }
        if (request.userId() != null && current.merchantId().value() != request.userId()) {
            throw new InvalidInput("userId", "cannot be updated");
        }
        return Envelope.success(catalog.update(tenant, current.id(), details).id().value());
    }

    @GetMapping("/list")
    @Operation(operationId = "productList", summary = "7. A user's products, optionally in one warehouse")
    List<ProductJson> list(@AuthenticationPrincipal Tenant tenant, @RequestParam long userId,
                           @RequestParam(required = false) Long warehouseId) {
        return catalog.list(tenant, new MerchantId(userId), warehouseId == null ? null : new WarehouseId(warehouseId))
                .stream().map(ProductJson::of).toList();
    }

    @GetMapping("/get")
    @Operation(operationId = "productGet", summary = "8. One product")
    ProductJson get(@AuthenticationPrincipal Tenant tenant, @RequestParam long productId) {
        return ProductJson.of(catalog.require(tenant, "productId", new ProductId(productId)));
    }

    private static WeightUnit weightUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "kg" -> WeightUnit.KG;
            case "lb" -> WeightUnit.LB;
            default -> throw new InvalidInput("weightUnit", "'" + unit + "' is not one of kg, lb");
        };
    }

    private static DimensionUnit dimensionUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "cm" -> DimensionUnit.CM;
            case "in" -> DimensionUnit.IN;
            default -> throw new InvalidInput("dimensionUnit", "'" + unit + "' is not one of cm, in");
        };
    }

    private static String currency(String currency) {
        if (currency == null) {
            return null;
        }
        var code = currency.strip().toUpperCase(Locale.ROOT);
        if (!List.of("USD", "GBP", "EUR").contains(code)) {
            throw new InvalidInput("currency", "'" + currency + "' is not one of USD, GBP, EUR");
        }
        return code;
    }
}
