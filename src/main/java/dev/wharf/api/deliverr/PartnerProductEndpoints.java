package dev.wharf.api.deliverr;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.api.support.Decimals;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.DimensionUnit;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductDetails;
import dev.wharf.catalog.WeightUnit;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = DeliverrErrorShape.MOUNT, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Products")
class PartnerProductEndpoints {

    private final Catalog catalog;
    private final Accounts accounts;
    private final PartnerDocuments documents;
    private final PartnerFiling filing;
    private final JsonMapper json;

    PartnerProductEndpoints(Catalog catalog, Accounts accounts, PartnerDocuments documents, PartnerFiling filing, JsonMapper json) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.documents = documents;
        this.filing = filing;
        this.json = json;
    }

    @PostMapping(path = "/product", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createProduct", summary = "Create a product; answers the body as sent (201)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = PartnerProductBody.class)))
    @ApiResponse(responseCode = "201", description = "Created; the body exactly as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerProductBody.class)))
    @ApiResponse(responseCode = "409", description = "DUPLICATE_SKU, DUPLICATE_BARCODE or MISSING_BARCODE")
    public ResponseEntity<String> create(@AuthenticationPrincipal Tenant tenant, @RequestBody(required = false) String body) {
        var node = PartnerJson.parse(json, body).node();
        var sku = PartnerJson.requireText(node, "sku", "sku");
        checkCaseQty(node);
        var barcodes = barcodes(node);
        var merchant = accounts.soleMerchant(tenant);
        var details = details(node);
        var customs = customs(node);
        filing.file(tenant, "PRODUCT", sku, body, () -> catalog.define(tenant, merchant, details, barcodes, customs));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @PutMapping(path = "/product", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateProduct", summary = "Update a product (whole object, sku in the body); answers the body as sent (201)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = PartnerProductBody.class)))
    @ApiResponse(responseCode = "201", description = "Updated; the body exactly as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerProductBody.class)))
    @ApiResponse(responseCode = "409", description = "DUPLICATE_BARCODE or MISSING_BARCODE")
    public ResponseEntity<String> update(@AuthenticationPrincipal Tenant tenant, @RequestBody(required = false) String body) {
        var node = PartnerJson.parse(json, body).node();
        var sku = PartnerJson.requireText(node, "sku", "sku");
        checkCaseQty(node);
        var barcodes = barcodes(node);
        var product = catalog.findBySku(tenant, accounts.soleMerchant(tenant), sku)
                .orElseThrow(() -> new NotFound("sku", "product " + sku + " not found"));
        var details = details(node);
        var customs = customs(node);
        filing.file(tenant, "PRODUCT", sku, body, () -> catalog.redefine(tenant, product.id(), details, barcodes, customs));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/product/{sku}")
    @Operation(operationId = "getProduct", summary = "The product's canonical fields, with the dimensions the warehouse measured")
    @ApiResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerProductAnswer.class)))
    public PartnerProductAnswer get(@AuthenticationPrincipal Tenant tenant,
                                    @Parameter(description = "Deliverr's SKU", example = "HELLOKITTY0") @PathVariable String sku) {
        var product = catalog.findBySku(tenant, accounts.soleMerchant(tenant), sku)
                .orElseThrow(() -> new NotFound("sku", "product " + sku + " not found"));
        return canonical(tenant, product);
    }

    private PartnerProductAnswer canonical(Tenant tenant, Product p) {
        var m = p.measured();
        var weightUnit = p.weightUnit() == null ? (m == null ? null : WeightUnit.LB) : p.weightUnit();
        var lengthUnit = p.dimensionUnit() == null ? (m == null ? null : DimensionUnit.IN) : p.dimensionUnit();
        var customs = p.customs();
        return new PartnerProductAnswer(p.sku(), p.title(), customs == null ? null : customs.description(), Decimals.plain(p.price()),
                m != null && m.weightKg() != null ? weight(m.weightKg(), weightUnit) : Decimals.plain(p.weight()),
                m != null && m.lengthCm() != null ? length(m.lengthCm(), lengthUnit) : Decimals.plain(p.length()),
                m != null && m.widthCm() != null ? length(m.widthCm(), lengthUnit) : Decimals.plain(p.width()),
                m != null && m.heightCm() != null ? length(m.heightCm(), lengthUnit) : Decimals.plain(p.height()),
                caseQty(tenant, p.sku()),
                weightUnit == null ? null : weightUnit.name().toLowerCase(Locale.ROOT),
                lengthUnit == null ? null : lengthUnit.name().toLowerCase(Locale.ROOT),
                customs == null ? null : customs.hsTariffCode(), customs == null ? null : customs.countryOfOrigin(),
                catalog.barcodes(p.id()));
    }

    /** The case quantity as last posted: it lives only in the partner's own document (Wharf does not sell by the case). */
    private Integer caseQty(Tenant tenant, String sku) {
        return documents.find(tenant, "PRODUCT", sku)
                .map(body -> json.readTree(body).get("caseQty"))
                .filter(JsonNode::isIntegralNumber)
                .map(JsonNode::asInt)
                .orElse(null);
    }

    /** caseQty, when sent, is a whole number of units, 0 or more (0: not sold by the case). */
    private static void checkCaseQty(JsonNode node) {
        var value = node.get("caseQty");
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new InvalidInput("caseQty", "must be a whole number, 0 or more");
        }
    }

    private static BigDecimal weight(BigDecimal kg, WeightUnit unit) {
        var value = switch (unit) {
            case KG -> kg;
            case LB -> kg.multiply(PartnerUnits.KG_TO_LB);
            case OZ -> kg.multiply(PartnerUnits.KG_TO_OZ);
        };
        return Decimals.plain(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal length(BigDecimal cm, DimensionUnit unit) {
        var value = unit == DimensionUnit.CM ? cm : cm.divide(PartnerUnits.CM_PER_IN, 4, RoundingMode.HALF_UP);
        return Decimals.plain(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static List<String> barcodes(JsonNode node) {
        var items = PartnerJson.array(node, "barcodes", "barcodes", false);
        if (items.isEmpty()) {
            throw new PartnerError(HttpStatus.CONFLICT, "MISSING_BARCODE", "barcodes: at least one barcode is required");
        }
        var barcodes = new ArrayList<String>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isString() || items.get(i).asString().isBlank()) {
                throw new InvalidInput("barcodes[" + i + "]", "must be a non-empty string");
            }
            barcodes.add(items.get(i).asString());
        }
        return barcodes;
    }

    private static ProductDetails details(JsonNode node) {
        var name = PartnerJson.requireText(node, "name", "name");
        var weight = PartnerJson.decimal(node, "weight", "weight");
        var weightUnit = unit(PartnerJson.text(node, "weightUnit", "weightUnit"));
        var lengthUnit = lengthUnit(PartnerJson.text(node, "lengthUnit", "lengthUnit"));
        return new ProductDetails(name, null, null, PartnerJson.requireText(node, "sku", "sku"), null, null,
                weight, weight == null ? null : (weightUnit == null ? WeightUnit.LB : weightUnit),
                PartnerJson.decimal(node, "length", "length"), PartnerJson.decimal(node, "width", "width"),
                PartnerJson.decimal(node, "height", "height"), lengthUnit == null ? DimensionUnit.IN : lengthUnit,
                PartnerJson.decimal(node, "costInUSD", "costInUSD"), "USD", null, true);
    }

    private static Product.Customs customs(JsonNode node) {
        var origin = PartnerJson.text(node, "countryOfOrigin", "countryOfOrigin");
        if (origin != null && !origin.matches("[A-Za-z]{2}")) {
            throw new InvalidInput("countryOfOrigin", "must be a two-letter country code");
        }
        return new Product.Customs(PartnerJson.text(node, "hsTariffCode", "hsTariffCode"), origin,
                PartnerJson.text(node, "description", "description"));
    }

    private static WeightUnit unit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "oz" -> WeightUnit.OZ;
            case "lb" -> WeightUnit.LB;
            case "kg" -> WeightUnit.KG;
            default -> throw new InvalidInput("weightUnit", "'" + unit + "' is not one of oz, lb, kg");
        };
    }

    private static DimensionUnit lengthUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "in" -> DimensionUnit.IN;
            case "cm" -> DimensionUnit.CM;
            default -> throw new InvalidInput("lengthUnit", "'" + unit + "' is not one of in, cm");
        };
    }

}
