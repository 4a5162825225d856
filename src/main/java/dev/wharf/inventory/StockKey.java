package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.StorageSectionId;
import dev.wharf.warehouse.WarehouseId;

/** Identifies one balance row: whose, where, what, in which section, condition and parcel type. */
public record StockKey(MerchantId merchant, WarehouseId warehouse, ProductId product, StorageSectionId section,
                       Condition condition, String parcelType) {
}
