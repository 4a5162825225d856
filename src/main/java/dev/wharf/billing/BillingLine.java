package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a statement: what was charged, for which document, on which day (the warehouse's), and
 * in which month it is billed ({@code adjustment} when that is later than its day's month, closed by then).
 */
public record BillingLine(long id, MerchantId merchant, WarehouseId warehouse, ChargeType type, ReferenceType referenceType,
                          long referenceId, String detail, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String currency,
                          LocalDate serviceDay, LocalDate billingMonth, boolean adjustment, String note, Instant occurredAt) {
}
