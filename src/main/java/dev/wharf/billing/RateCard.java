package dev.wharf.billing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A warehouse's prices, or a merchant's override of some of them. A null price is "not charged" on a
 * warehouse's card and "the warehouse's price" on an override. Prices are per unit of the line's
 * quantity (a unit, a carton, a unit-day, a cubic-metre-day, ...); the shipping markup is a percent of
 * the label's cost plus a fixed amount per package.
 */
public record RateCard(BigDecimal receivingPerUnit, BigDecimal receivingPerCarton, BigDecimal storagePerUnitDay,
                       BigDecimal storagePerCubicMetreDay, BigDecimal storagePerSectionDay, BigDecimal pickPerOrder,
                       BigDecimal pickPerAdditionalUnit, Map<String, BigDecimal> packagingPerBox, BigDecimal shippingMarkupPercent,
                       BigDecimal shippingMarkupFixed, BigDecimal returnPerReturn, BigDecimal returnPerUnitInspected,
                       BigDecimal monthlyMinimum) {

    public static final RateCard EMPTY = new RateCard(null, null, null, null, null, null, null, Map.of(), null, null, null, null, null);

    public RateCard {
        // a copy that keeps a null price, for the rules to refuse by name rather than fail here
        packagingPerBox = packagingPerBox == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(packagingPerBox));
    }

    /** This card with the override's prices where it has one (its boxes added to, or replacing, these). */
    public RateCard overriddenBy(RateCard o) {
        var boxes = new LinkedHashMap<>(packagingPerBox);
        boxes.putAll(o.packagingPerBox);
        return new RateCard(or(o.receivingPerUnit, receivingPerUnit), or(o.receivingPerCarton, receivingPerCarton),
                or(o.storagePerUnitDay, storagePerUnitDay), or(o.storagePerCubicMetreDay, storagePerCubicMetreDay),
                or(o.storagePerSectionDay, storagePerSectionDay), or(o.pickPerOrder, pickPerOrder),
                or(o.pickPerAdditionalUnit, pickPerAdditionalUnit), boxes, or(o.shippingMarkupPercent, shippingMarkupPercent),
                or(o.shippingMarkupFixed, shippingMarkupFixed), or(o.returnPerReturn, returnPerReturn),
                or(o.returnPerUnitInspected, returnPerUnitInspected), or(o.monthlyMinimum, monthlyMinimum));
    }

    /** The price of a box type, matched without regard to case; null when the card has none. */
    public BigDecimal packaging(String box) {
        if (box == null) {
            return null;
        }
        return packagingPerBox.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(box.strip())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static BigDecimal or(BigDecimal preferred, BigDecimal fallback) {
        return preferred != null ? preferred : fallback;
    }
}
