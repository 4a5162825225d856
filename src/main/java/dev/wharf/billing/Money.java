package dev.wharf.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one rounding rule of billing: a line's amount (quantity × unit price) is rounded HALF_UP to
 * the currency's minor unit (2 places for EUR/USD/GBP, 0 for JPY, 3 for KWD), once, per line.
 * Totals are sums of rounded lines, so a statement's total always equals the sum of what it lists.
 * HALF_UP is what merchants check an invoice with by hand; HALF_EVEN's bias-free ties matter for
 * sums of many rounded values, which a per-line rule never produces.
 */
public final class Money {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Money() {
    }

    public static int scale(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), ROUNDING);
    }

    public static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(scale(currency));
    }
}
