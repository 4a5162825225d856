package dev.wharf.inventory;

import dev.wharf.catalog.ProductId;
import java.time.Instant;

/** One ledger row as read for reporting: what changed, on which row, why, and for which document. */
public record MovementRecord(long sequence, ProductId product, MovementType type, Condition condition, boolean storage,
                             int onHandDelta, String reason, String note, StockReference reference, Instant occurredAt) {
}
