package dev.wharf.catalog;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Tenant;
import dev.wharf.shared.InvalidInput;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a SKU on an order stands for in units of stock: a product is itself; a bundle expands
 * into its contents, each multiplied by the quantity ordered. Every dialect that takes bundle
 * SKUs on orders asks here, so a bundle ships the same whichever API placed it.
 */
@Service
public class SellableUnits {

    /** So many units of one product. */
    public record Units(ProductId product, int quantity) {
    }

    private final Catalog catalog;
    private final Bundles bundles;

    SellableUnits(Catalog catalog, Bundles bundles) {
        this.catalog = catalog;
        this.bundles = bundles;
    }

    /**
     * @param field the request's name for the SKU, named in the refusal when it is neither a product nor a bundle
     */
    public List<Units> of(Tenant tenant, MerchantId merchant, String field, String logisticsSku, int quantity) {
        var product = catalog.findByLogisticsSku(tenant, merchant, logisticsSku);
        if (product.isPresent()) {
            return List.of(new Units(product.get().id(), quantity));
        }
        return bundle(merchant, field, logisticsSku, quantity);
    }

    /** One SKU of an order and how many of it, as the request names it. */
    public record Ordered(String field, String logisticsSku, int quantity) {
    }

    /**
     * {@link #of} for every SKU of an order, the products looked up in one query: the units of
     * each ordered SKU, in the order's order.
     */
    public List<Units> ofAll(Tenant tenant, MerchantId merchant, List<Ordered> ordered) {
        var products = catalog.findByLogisticsSkus(tenant, merchant, ordered.stream().map(Ordered::logisticsSku).toList());
        var units = new java.util.ArrayList<Units>();
        for (var item : ordered) {
            var product = products.get(item.logisticsSku());
            if (product != null) {
                units.add(new Units(product.id(), item.quantity()));
            } else {
                units.addAll(bundle(merchant, item.field(), item.logisticsSku(), item.quantity()));
            }
        }
        return units;
    }

    private List<Units> bundle(MerchantId merchant, String field, String logisticsSku, int quantity) {
        var bundle = bundles.find(merchant, logisticsSku)
                .orElseThrow(() -> new InvalidInput(field, "no product or bundle with SKU " + logisticsSku));
        try {
            return expand(bundle, quantity);
        } catch (ArithmeticException e) {
            throw new InvalidInput(field, quantity + " bundles of " + logisticsSku + " are more units than one order can hold");
        }
    }

    /** A bundle ordered {@code quantity} times: each of its contents times that many. */
    static List<Units> expand(Bundle bundle, int quantity) {
        return bundle.items().stream().map(item -> new Units(item.product(), Math.multiplyExact(item.quantity(), quantity))).toList();
    }
}
