package dev.wharf.api.ops;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.shared.InvalidInput;
import org.springframework.stereotype.Component;

/** A scanner names a product by barcode or SKU; a screen may name it by id. Either, never neither. */
@Component
class ProductScan {

    private final Catalog catalog;

    ProductScan(Catalog catalog) {
        this.catalog = catalog;
    }

    ProductId resolve(Long productId, String barcode, MerchantId merchant) {
        if (productId != null) {
            var product = catalog.findAny(new ProductId(productId))
                    .filter(p -> merchant == null || p.merchantId().equals(merchant))
                    .orElseThrow(() -> new dev.wharf.shared.NotFound("productId", "product " + productId + " not found"));
            return product.id();
        }
        if (barcode == null || barcode.isBlank()) {
            throw new InvalidInput("barcode", "scan a barcode or SKU, or give productId");
        }
        return catalog.identify("barcode", barcode, merchant).id();
    }
}
