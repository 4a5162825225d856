package dev.wharf.inbound;

import dev.wharf.catalog.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Units of one product counted at the dock: good and damaged, with lot and expiry when the
 * product tracks them, and (at its first receipt) what the product weighs and measures.
 * A null section means the receiving dock.
 */
public record Receipt(ProductId product, int good, int damaged, String lot, LocalDate expiry, String section,
                      BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

    public static Receipt of(ProductId product, int good, int damaged, String section) {
        return new Receipt(product, good, damaged, null, null, section, null, null, null, null);
    }
}
