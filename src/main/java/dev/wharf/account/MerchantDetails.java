package dev.wharf.account;

import dev.wharf.warehouse.WarehouseId;

/** What a merchant's owner may set; null leaves a value as it is on update. */
public record MerchantDetails(String email, String name, String lastName, String phone,
                              WarehouseId defaultWarehouseId, Boolean active) {
}
