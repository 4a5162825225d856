package dev.wharf.api.console;

import dev.wharf.account.MerchantId;
import dev.wharf.api.support.ProductScan;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductId;
import dev.wharf.outbound.OrderSearch;
import dev.wharf.outbound.OrderView;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a floor screen scanned, within the work at hand: a product of this warehouse and of the
 * merchant(s) whose work it is (a pick list may hold orders of several merchants). The same code
 * naming products of two of those merchants is ambiguous, as within one merchant.
 */
@Component
class FloorScans {

    private final ProductScan scan;
    private final Catalog catalog;
    private final OrderSearch orders;

    FloorScans(ProductScan scan, Catalog catalog, OrderSearch orders) {
        this.scan = scan;
        this.catalog = catalog;
        this.orders = orders;
    }

    /** The warehouse's order a scan names: its id, the platform's id for it, or a tracking number on it. */
    OrderView order(WarehouseId warehouse, String code) {
        var found = orders.byReference(warehouse, code, 2);
        if (found.isEmpty()) {
            throw new NotFound("code", "no order " + code.strip() + " here");
        }
        if (found.size() > 1) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "code", code.strip() + " names more than one order; scan the order id");
        }
        return found.get(0);
    }

    ProductId product(WarehouseId warehouse, String code, Collection<MerchantId> merchants) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("barcode", "scan a barcode or SKU");
        }
        var found = merchants.stream().distinct().flatMap(merchant -> scan.candidates(warehouse, code, merchant).stream())
                .map(Product::id).distinct().toList();
        if (found.isEmpty()) {
            throw new NotFound("barcode", "no product with barcode or SKU " + code.strip() + " in this work");
        }
        if (found.size() > 1) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "barcode",
                    "barcode or SKU " + code.strip() + " matches " + found.size() + " products here; scan the SKU instead");
        }
        return found.get(0);
    }

    /** SKUs to show beside product ids. */
    Map<ProductId, String> skus(Collection<ProductId> products) {
        return catalog.skus(products);
    }
}
