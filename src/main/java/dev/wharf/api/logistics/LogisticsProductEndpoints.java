package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.DimensionUnit;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductDetails;
import dev.wharf.catalog.WeightUnit;
import dev.wharf.inventory.Inventory;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/products", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Products", description = "The merchant's products and their inventory")
class LogisticsProductEndpoints {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private static final String CREATE_EXAMPLE = """
            {"name": "Ceramic mug", "merchantSku": "MUG-001", "barcodes": ["012345678905"],
             "dimensions": {"weight": 1.3, "weightUnit": "lb", "length": 10, "width": 8, "height": 4, "lengthUnit": "in"},
             "customsInformation": {"originCountry": "CN", "tariffCode": "6912.00", "customsValue": 12.50,
                                    "description": "Ceramic mug"}}""";

    private final Catalog catalog;
    private final Accounts accounts;
    private final Inventory inventory;
    private final Idempotency idempotency;

    LogisticsProductEndpoints(Catalog catalog, Accounts accounts, Inventory inventory, Idempotency idempotency) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.inventory = inventory;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "CreateProduct", summary = "Create a product; answers its generated logisticsSku",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ProductJson.CreateProductInput.class),
                    examples = @ExampleObject(name = "mug", value = CREATE_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProductJson.ApiProductResponse.class)))
    @ApiResponse(responseCode = "409", description = "A product with this merchantSku or barcode already exists", content = @Content)
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> createProduct(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody ProductJson.CreateProductInput input,
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
                    c == null ? null : new Product.Customs(c.tariffCode(), c.originCountry(), c.description(), c.customsValue()));
            return ResponseEntity.status(HttpStatus.CREATED).body(json(product));
        });
    }

    @GetMapping
    @Operation(operationId = "ListProducts", summary = "The merchant's products, a page at a time; an empty page is the end")
    @ApiResponse(responseCode = "200", description = "A bare array of products",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProductJson.ApiProductResponse.class))))
    List<ProductJson.ApiProductResponse> listProducts(
            @AuthenticationPrincipal Tenant tenant,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @Parameter(description = "Products to skip") @RequestParam(defaultValue = "0") int offset) {
        checkPage(limit, offset);
        var products = catalog.page(tenant, accounts.soleMerchant(tenant), limit, offset);
        // The page's barcodes in one read, not one per product.
        var barcodes = catalog.barcodes(products.stream().map(Product::id).toList());
        return products.stream().map(p -> json(p, barcodes.getOrDefault(p.id(), List.of()))).toList();
    }

    @GetMapping("/{logisticsSku}")
    @Operation(operationId = "GetProduct", summary = "One product by logisticsSku")
    @ApiResponse(responseCode = "200", description = "The product",
            content = @Content(schema = @Schema(implementation = ProductJson.ApiProductResponse.class)))
    ProductJson.ApiProductResponse getProduct(@AuthenticationPrincipal Tenant tenant, @PathVariable String logisticsSku) {
        return json(product(tenant, logisticsSku));
    }

    @GetMapping("/{logisticsSku}/inventory")
    @Operation(operationId = "GetProductInventory",
            summary = "Units on hand, available to sell, and unavailable (reserved, damaged, not yet stocked)")
    @ApiResponse(responseCode = "200", description = "The product's inventory across warehouses",
            content = @Content(schema = @Schema(implementation = ProductJson.ApiInventoryResponse.class)))
    ProductJson.ApiInventoryResponse inventory(@AuthenticationPrincipal Tenant tenant, @PathVariable String logisticsSku) {
        var product = product(tenant, logisticsSku);
        var totals = inventory.totals(product.merchantId(), product.id());
        return new ProductJson.ApiInventoryResponse(product.logisticsSku(), totals.onHand(), totals.available(), totals.unavailable());
    }

    /** The vendor's limit/offset paging: limit 1 to 100, offset from 0. */
    static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidInput("offset", "must not be negative");
        }
    }

    private Product product(Tenant tenant, String logisticsSku) {
        return catalog.findByLogisticsSku(tenant, accounts.soleMerchant(tenant), logisticsSku)
                .orElseThrow(() -> new NotFound("logisticsSku", "product " + logisticsSku + " not found"));
    }

    private ProductJson.ApiProductResponse json(Product p) {
        return json(p, catalog.barcodes(p.id()));
    }

    private static ProductJson.ApiProductResponse json(Product p, List<String> barcodes) {
        var c = p.customs();
        var international = c == null || c.isEmpty() ? null
                : new ProductJson.International(c.countryOfOrigin(), c.hsTariffCode(), c.value(), c.description());
        return new ProductJson.ApiProductResponse(p.title(), p.logisticsSku(), p.sku(), barcodes, dimensions(p),
                international, p.dimsLocked(), p.createdAt(), p.updatedAt());
    }

    /** Once the warehouse has measured the product its measurements (cm, kg) are the product's; before, what was declared. */
    private static ProductJson.Dimensions dimensions(Product p) {
        var m = p.measured();
        if (m != null) {
            return new ProductJson.Dimensions(m.weightKg(), m.weightKg() == null ? null : "kg", m.heightCm(), m.widthCm(),
                    m.lengthCm(), m.lengthCm() == null && m.widthCm() == null && m.heightCm() == null ? null : "cm");
        }
        if (p.weight() == null && p.length() == null && p.width() == null && p.height() == null) {
            return null;
        }
        return new ProductJson.Dimensions(p.weight(), lower(p.weightUnit()), p.height(), p.width(), p.length(), lower(p.dimensionUnit()));
    }

    private static String lower(Enum<?> unit) {
        return unit == null ? null : unit.name().toLowerCase(Locale.ROOT);
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
