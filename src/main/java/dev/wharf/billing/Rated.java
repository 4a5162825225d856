package dev.wharf.billing;

import java.math.BigDecimal;

/**
 * One priced line before it is written: {@code amount} is quantity × unit price rounded once by
 * {@link Money#round}. {@code detail} tells lines of one type and reference apart (a box type, a service name).
 */
public record Rated(ChargeType type, String detail, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
}
