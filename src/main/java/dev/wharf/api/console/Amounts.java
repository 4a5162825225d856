package dev.wharf.api.console;

import dev.wharf.api.support.Decimals;
import java.math.BigDecimal;

/** Numbers as a page shows them (the template calls it as {@code ${amounts.money(x)}}): as the APIs write them. */
public final class Amounts {

    static final Amounts INSTANCE = new Amounts();

    private Amounts() {
    }

    /** 4.0000 → 4.00, 1.2345 → 1.2345. */
    public String money(BigDecimal value) {
        return Decimals.money(value).toPlainString();
    }

    /** 10.0000 → 10. */
    public String plain(BigDecimal value) {
        return Decimals.plain(value).toPlainString();
    }
}
