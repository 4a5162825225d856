package dev.wharf.api.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Numbers as the floor reads them: measures without trailing zeros (1.2, not 1.2000, which is
 * how numeric(19,4) columns come back), money in its currency's scale (7.85 GBP, 786 JPY).
 */
final class OpsNumbers {

    private OpsNumbers() {
    }

    static BigDecimal measure(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal money(BigDecimal value, String currency) {
        if (value == null) {
            return null;
        }
        return value.setScale(scale(currency), RoundingMode.HALF_UP);
    }

    private static int scale(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
