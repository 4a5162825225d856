package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.StorageSectionId;
import dev.wharf.warehouse.WarehouseId;
import java.time.LocalDate;

/**
 * Identifies one balance row: whose, where, what, in which section, condition, parcel type and
 * lot. The expiry travels with the lot.
 */
public record StockKey(MerchantId merchant, WarehouseId warehouse, ProductId product, StorageSectionId section,
                       Condition condition, String parcelType, String lot, LocalDate expiry) {

    public StockKey {
        lot = lot == null ? "" : lot;
    }

    public StockKey(MerchantId merchant, WarehouseId warehouse, ProductId product, StorageSectionId section,
                    Condition condition, String parcelType) {
        this(merchant, warehouse, product, section, condition, parcelType, "", null);
    }

    public StockKey in(StorageSectionId otherSection) {
        return new StockKey(merchant, warehouse, product, otherSection, condition, parcelType, lot, expiry);
    }

    public StockKey as(Condition otherCondition) {
        return new StockKey(merchant, warehouse, product, section, otherCondition, parcelType, lot, expiry);
    }
}
