package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;

/**
 * Units appeared or disappeared without a receipt, an order or a move: an adjustment, a count's
 * difference, a short pick's write-off. Published in the transaction of its ledger row.
 *
 * @param quantity the change of on-hand units: positive when units were found, negative when lost
 * @param reason   the ledger row's reason (DAMAGED, LOST, FOUND, COUNT, ...)
 */
public record StockAdjusted(MerchantId merchant, WarehouseId warehouse, ProductId product, Condition condition, int quantity,
                            String reason, String actor) {
}
