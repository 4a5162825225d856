package dev.wharf.inventory;

import dev.wharf.catalog.ProductId;
import java.time.Instant;

/**
 * One movement of sellable units in or out of the building, as reported to a merchant: the
 * product with its SKU, and the document it belongs to with that document's external id (null
 * when there is no document or it has none).
 */
public record StockMovement(long sequence, ProductId product, String sku, MovementType type, int onHandDelta, String reason,
                            String note, StockReference reference, String documentExternalId, Instant occurredAt) {

    /** Whether the movement belongs to a document of this type ("ORDER", "INBOUND"). */
    public boolean refersTo(String referenceType) {
        return reference != null && reference.type().equals(referenceType);
    }
}
