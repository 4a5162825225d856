package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.time.Instant;

/** One billable line: a unit price times a count, tied to the action that caused it. */
public record Charge(long id, MerchantId merchant, WarehouseId warehouse, Long orderId, Kind kind, String name,
                     BigDecimal unitPrice, int quantity, String currency, String causedBy, Instant createdAt) {

    public enum Kind { SHIPPING, SERVICE }

    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
