package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.util.List;

/**
 * A merchant's statement at one warehouse (in its currency) for a period: the totals per charge type
 * and per category, the subtotal (the sum of the lines), the tax at the configured rate and the total.
 * The lines themselves are streamed ({@link Statements#lines}), so a statement of any size costs the
 * same memory. {@code closed} says the month is closed: its lines are final.
 */
public record Statement(MerchantId merchant, WarehouseId warehouse, String currency, Period period, boolean closed,
                        List<TypeTotal> types, List<CategoryTotal> categories, long lineCount, BigDecimal subtotal, BigDecimal taxRate,
                        BigDecimal tax, BigDecimal total) {

    public record TypeTotal(ChargeType type, long lines, BigDecimal amount) {
    }

    public record CategoryTotal(ChargeCategory category, BigDecimal amount) {
    }
}
