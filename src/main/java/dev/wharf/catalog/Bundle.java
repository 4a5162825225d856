package dev.wharf.catalog;

import dev.wharf.account.MerchantId;
import java.time.Instant;
import java.util.List;

/** A SKU that stands for several products: an order line naming it expands into them. */
public record Bundle(long id, MerchantId merchant, String externalBundleId, String title, String sku, List<Item> items,
                     Instant createdAt) {

    public record Item(ProductId product, int quantity) {
    }
}
