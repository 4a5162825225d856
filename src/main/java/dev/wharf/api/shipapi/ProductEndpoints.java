package dev.wharf.api.shipapi;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Tenant;
import dev.wharf.api.support.Decimals;
import dev.wharf.api.support.Paging;
import dev.wharf.api.support.WebUrl;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.DimensionUnit;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductDetails;
import dev.wharf.catalog.ProductId;
import dev.wharf.catalog.WeightUnit;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Schema(example = """
            {"id":null,"warehouseId":4,"userId":173,"title":"Drawing coloured pencils","marketplaceId":"A1F83G8C2ARO7P",\
            "ASIN":"B01212112","SKU":"SKU-1223324","barcode":"4444333223","imageUrl":"https://example.com/pencils.jpg",\
            "weight":1.2,"weightUnit":"kg","height":12.10,"width":8.50,"length":14.50,"dimensionUnit":"cm","price":99.90,\
            "currency":"GBP","expirationDate":"2031-08-21","isActive":true}""")
    record ProductRequest(@Schema(description = "null creates a product; an id updates that product") Long id,
                          @Schema(description = "The warehouse the product is kept in; required on create, cannot be changed") Long warehouseId,
                          @Schema(description = "The owning user; required on create, cannot be changed") Long userId,
                          @Schema(description = "Product title") @Size(max = 500) String title,
                          @Schema(description = "Amazon marketplace id (Amazon products)") String marketplaceId,
                          @Schema(description = "Amazon ASIN (Amazon products)") @JsonProperty("ASIN") @JsonAlias("asin") String asin,
                          @Schema(description = "The user's SKU, unique per user and warehouse")
                          @JsonProperty("SKU") @JsonAlias("sku") @Size(max = 200) String sku,
                          @Schema(description = "Barcode") @Size(max = 200) String barcode,
                          @Schema(description = "Image URL") @Size(max = 2000) @WebUrl String imageUrl,
                          @Schema(description = "Weight, in weightUnit") BigDecimal weight,
                          @Schema(description = "Unit of weight", allowableValues = {"kg", "lb"}) String weightUnit,
                          @Schema(description = "Height, in dimensionUnit") BigDecimal height,
                          @Schema(description = "Width, in dimensionUnit") BigDecimal width,
                          @Schema(description = "Length, in dimensionUnit") BigDecimal length,
                          @Schema(description = "Unit of the dimensions", allowableValues = {"cm", "in"}) String dimensionUnit,
                          @Schema(description = "Unit price") BigDecimal price,
                          @Schema(description = "Currency of the price; default the warehouse's", allowableValues = {"USD", "GBP", "EUR"})
                          String currency,
                          @Schema(description = "Expiry date (YYYY-MM-DD)") LocalDate expirationDate,
                          @Schema(description = "false deactivates the product") Boolean isActive) {
    }

    @Schema(requiredProperties = {"Id", "WarehouseId", "UserId", "Title", "MarketplaceId", "ASIN", "SKU", "Barcode", "ImageUrl", "Weight",
            "WeightUnit", "Length", "Width", "Height", "DimensionUnit", "Price", "Currency", "IsActive"})
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
                       @JsonProperty("WeightUnit") @Schema(allowableValues = {"kg", "lb"}) String weightUnit,
                       @JsonProperty("Length") BigDecimal length,
                       @JsonProperty("Width") BigDecimal width,
                       @JsonProperty("Height") BigDecimal height,
                       @JsonProperty("DimensionUnit") @Schema(allowableValues = {"cm", "in"}) String dimensionUnit,
                       @JsonProperty("Price") BigDecimal price,
                       @JsonProperty("Currency") @Schema(allowableValues = {"USD", "GBP", "EUR"}) String currency,
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
    @ApiResponse(responseCode = "409", description = "Refused: the SKU is taken for this user and warehouse")
    @ApiResponse(responseCode = "200", description = "Created or updated", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Envelope.class)))
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
                           @RequestParam(required = false) Long warehouseId,
            @RequestParam(defaultValue = "0") @Parameter(description = Paging.AFTER) long after,
            @RequestParam(defaultValue = "" + Paging.SHIPAPI_MAX) @Parameter(description = Paging.SHIPAPI_LIMIT) int limit) {
        return catalog.list(tenant, new MerchantId(userId), warehouseId == null ? null : new WarehouseId(warehouseId),
                Paging.keyset(after, limit, Paging.SHIPAPI_MAX)).stream().map(ProductJson::of).toList();
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
