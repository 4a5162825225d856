package dev.wharf.account;

import dev.wharf.warehouse.WarehouseId;

/** A merchant whose goods the warehouse holds ("user" in the ShipAPI). */
public record Merchant(
        MerchantId id,
        AccountId accountId,
        String customerNumber,
        String email,
        String name,
        String lastName,
        String phone,
        WarehouseId defaultWarehouseId,
        boolean active) {
}
