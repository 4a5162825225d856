package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One box of an order: what is in it, what it weighs, its label and tracking number; when the label
 * was made and whether it is a PDF or a ZPL program (null while there is none).
 */
public record PackageView(long id, int position, String box, BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm,
                          BigDecimal heightCm, String carrier, String service, String trackingNumber, LabelSource labelSource,
                          boolean hasLabel, String labelError, Status status, BigDecimal cost, Instant shippedAt,
                          List<Item> items, Instant labelledAt, String labelFormat) {

    public enum Status { PACKED, LABELLED, LABEL_FAILED, SHIPPED, VOIDED }

    /** Who made the label: the merchant's upload, the partner's Label API, Wharf, or bought outside Wharf by the floor. */
    public enum LabelSource { MERCHANT, PARTNER, WHARF, EXTERNAL }

    public record Item(ProductId product, int quantity) {
    }
}
