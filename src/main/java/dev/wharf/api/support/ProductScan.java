package dev.wharf.api.support;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Inventory;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import org.springframework.stereotype.Component;

/**
 * A scanner names a product by barcode or SKU; a screen may name it by id. Either, never neither.
 * A scan only ever matches a product this warehouse deals in: one bound to it, or one it holds
 * stock of, and of the merchant of the work at hand when the work has one (an inbound, an order).
 * Another merchant's product elsewhere that shares the barcode is never a candidate; two candidates
 * here are an ambiguous scan, and the screen must name the product.
 */
@Component
public class ProductScan {

    private final Catalog catalog;
    private final Inventory inventory;

    ProductScan(Catalog catalog, Inventory inventory) {
        this.catalog = catalog;
        this.inventory = inventory;
    }

    public ProductId resolve(WarehouseId warehouse, Long productId, String barcode, MerchantId merchant) {
        if (productId != null) {
            var product = catalog.findAny(new ProductId(productId))
                    .filter(p -> merchant == null || p.merchantId().equals(merchant))
                    .filter(p -> dealtInHere(warehouse, p, merchant != null))
                    .orElseThrow(() -> new NotFound("productId", "product " + productId + " not found"));
            return product.id();
        }
        if (barcode == null || barcode.isBlank()) {
            throw new InvalidInput("barcode", "scan a barcode or SKU, or give productId");
        }
        var code = barcode.strip();
        var candidates = candidates(warehouse, code, merchant);
        if (candidates.isEmpty()) {
            throw new NotFound("barcode", "no product with barcode or SKU " + code + " here");
        }
        if (candidates.size() > 1) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "barcode",
                    "barcode or SKU " + code + " matches " + candidates.size() + " products here; name the product id");
        }
        return candidates.get(0).id();
    }

    /** The products this warehouse deals in (of the merchant, when given) with this barcode or SKU. */
    public java.util.List<Product> candidates(WarehouseId warehouse, String code, MerchantId merchant) {
        return catalog.findByCode(code).stream()
                .filter(p -> merchant == null || p.merchantId().equals(merchant))
                .filter(p -> dealtInHere(warehouse, p, merchant != null))
                .toList();
    }

    /**
     * Bound to this warehouse, or bound to none and held here. For the work of a known merchant
     * (receiving an inbound), a product bound to no warehouse counts before any unit arrived.
     */
    private boolean dealtInHere(WarehouseId warehouse, Product product, boolean merchantsOwnWork) {
        if (product.warehouseId() != null) {
            return product.warehouseId().equals(warehouse);
        }
        return merchantsOwnWork || !inventory.balancesOfProduct(warehouse, product.id()).isEmpty();
    }
}
