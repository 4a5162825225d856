package dev.wharf.inbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;

/**
 * Units of one product counted at the dock against an inbound: one receipt row, published in the
 * transaction that wrote it and its ledger movements (billing charges receiving per receipt from it).
 * Not an {@link InboundEvent}: a receipt need not change the inbound's status.
 */
public record GoodsReceived(long receipt, InboundId inbound, MerchantId merchant, WarehouseId warehouse, ProductId product, int good,
                            int damaged, String actor) {
}
