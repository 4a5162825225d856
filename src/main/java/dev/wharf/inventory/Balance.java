package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.StorageSectionId;
import dev.wharf.warehouse.WarehouseId;
import java.time.LocalDate;

/** One balance row as read: on hand, reserved, and what is left to sell. */
public record Balance(long id, MerchantId merchant, WarehouseId warehouse, ProductId product, StorageSectionId section,
                      Condition condition, String parcelType, String lot, LocalDate expiry, int onHand, int reserved) {

    public int available() {
        return condition == Condition.OK ? onHand - reserved : 0;
    }

    public int unreserved() {
        return onHand - reserved;
    }

    public StockKey key() {
        return new StockKey(merchant, warehouse, product, section, condition, parcelType, lot, expiry);
    }
}
