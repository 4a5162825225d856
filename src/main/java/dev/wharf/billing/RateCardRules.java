package dev.wharf.billing;

import dev.wharf.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a rate card may say: prices zero or more with at most four decimals (a storage price per unit
 * and day is often a fraction of a cent), a markup of at most 1000 %, named boxes; and a start day
 * that is not in the past, because charges already made keep the prices they were made at.
 */
public final class RateCardRules {

    static final int MAX_PRICE_SCALE = 4;
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999999");

    private RateCardRules() {
    }

    public static void check(RateCard card, LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom == null) {
            throw new InvalidInput("effectiveFrom", "is required (a date, yyyy-mm-dd, in the warehouse's time zone)");
        }
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidInput("effectiveFrom", "must be today (" + today + ") or later: past charges keep the prices they were made at");
        }
        price("receivingPerUnit", card.receivingPerUnit());
        price("receivingPerCarton", card.receivingPerCarton());
        price("storagePerUnitDay", card.storagePerUnitDay());
        price("storagePerCubicMetreDay", card.storagePerCubicMetreDay());
        price("storagePerSectionDay", card.storagePerSectionDay());
        price("pickPerOrder", card.pickPerOrder());
        price("pickPerAdditionalUnit", card.pickPerAdditionalUnit());
        price("shippingMarkupPercent", card.shippingMarkupPercent());
        if (card.shippingMarkupPercent() != null && card.shippingMarkupPercent().compareTo(MAX_PERCENT) > 0) {
            throw new InvalidInput("shippingMarkupPercent", "must be at most 1000");
        }
        price("shippingMarkupFixed", card.shippingMarkupFixed());
        price("returnPerReturn", card.returnPerReturn());
        price("returnPerUnitInspected", card.returnPerUnitInspected());
        price("monthlyMinimum", card.monthlyMinimum());
        for (var box : card.packagingPerBox().entrySet()) {
            if (box.getKey().isBlank() || box.getKey().length() > 60) {
                throw new InvalidInput("packagingPerBox", "a box type is 1 to 60 characters");
            }
            if (box.getValue() == null) {
                throw new InvalidInput("packagingPerBox." + box.getKey(), "is required");
            }
            price("packagingPerBox." + box.getKey(), box.getValue());
        }
    }

    private static void price(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw new InvalidInput(field, "must be zero or more");
        }
        if (value.stripTrailingZeros().scale() > MAX_PRICE_SCALE) {
            throw new InvalidInput(field, "has more than " + MAX_PRICE_SCALE + " decimals");
        }
        if (value.compareTo(MAX_PRICE) > 0) {
            throw new InvalidInput(field, "is too large");
        }
    }
}
