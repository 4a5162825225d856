package dev.wharf.api.support;

import java.math.BigDecimal;

/** Numbers for the wire: no exponent notation, no trailing zeros beyond what is needed. */
public final class Decimals {

    private Decimals() {
    }

    /** 1.2000 → 1.2, 14.5000 → 14.5, 10.0000 → 10. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Money with at least two decimals: 6 → 6.00, 2.35 → 2.35, 1.2345 → 1.2345. */
    public static BigDecimal money(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = plain(value);
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
