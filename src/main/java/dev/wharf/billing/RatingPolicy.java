package dev.wharf.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each physical action costs under a rate card: plain arithmetic, no Spring, no database. A price
 * the card does not have (null) charges nothing, nor does a quantity of zero or a line that rounds to
 * zero; every line is rounded once ({@link Money}). The monthly minimum tops a month up to the card's minimum.
 */
public final class RatingPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RatingPolicy() {
    }

    /** Units counted at the dock, good and damaged alike. */
    public static List<Rated> receipt(RateCard card, int units, String currency) {
        return line(ChargeType.RECEIVING_UNIT, "", units, card.receivingPerUnit(), currency).stream().toList();
    }

    /** The cartons (announced packages) of an inbound, once it starts being received. */
    public static List<Rated> cartons(RateCard card, int cartons, String currency) {
        return line(ChargeType.RECEIVING_CARTON, "", cartons, card.receivingPerCarton(), currency).stream().toList();
    }

    /** Picking a shipped order: a price per order, and one per unit beyond the first. */
    public static List<Rated> pick(RateCard card, int units, String currency) {
        if (units <= 0) {
            return List.of();
        }
        var lines = new ArrayList<Rated>();
        line(ChargeType.PICK_ORDER, "", 1, card.pickPerOrder(), currency).ifPresent(lines::add);
        line(ChargeType.PICK_ADDITIONAL_UNIT, "", units - 1, card.pickPerAdditionalUnit(), currency).ifPresent(lines::add);
        return lines;
    }

    /** The box a parcel went out in, by its type. */
    public static List<Rated> packaging(RateCard card, String box, String currency) {
        if (box == null || box.isBlank()) {
            return List.of();
        }
        return line(ChargeType.PACKAGING, box.strip(), 1, card.packaging(box), currency).stream().toList();
    }

    /**
     * A parcel's shipping: the label's cost plus the markup (a percent of the cost and a fixed amount),
     * as one line whose unit price is the rounded amount. Without a markup the label cost is passed on.
     */
    public static List<Rated> shipping(RateCard card, BigDecimal labelCost, String currency) {
        if (labelCost == null) {
            return List.of();
        }
        var price = labelCost;
        if (card.shippingMarkupPercent() != null) {
            price = price.add(labelCost.multiply(card.shippingMarkupPercent()).divide(HUNDRED));
        }
        if (card.shippingMarkupFixed() != null) {
            price = price.add(card.shippingMarkupFixed());
        }
        var amount = Money.round(price, currency);
        return amount.signum() == 0 ? List.of() : List.of(new Rated(ChargeType.SHIPPING, "", BigDecimal.ONE, amount, amount));
    }

    /** A value-added service as the order bought it from the service plan. */
    public static List<Rated> service(String name, BigDecimal unitPrice, int quantity, String currency) {
        return line(ChargeType.SERVICE, name, quantity, unitPrice, currency).stream().toList();
    }

    /** A return received at the dock. */
    public static List<Rated> returned(RateCard card, String currency) {
        return line(ChargeType.RETURN, "", 1, card.returnPerReturn(), currency).stream().toList();
    }

    /** Units of a return inspected. */
    public static List<Rated> inspected(RateCard card, int units, String currency) {
        return line(ChargeType.RETURN_UNIT_INSPECTED, "", units, card.returnPerUnitInspected(), currency).stream().toList();
    }

    /** A day's storage from the night's snapshot: every basis the card prices is charged. */
    public static List<Rated> storage(RateCard card, long units, BigDecimal volumeM3, int sections, String currency) {
        var lines = new ArrayList<Rated>();
        line(ChargeType.STORAGE_UNIT, "", BigDecimal.valueOf(units), card.storagePerUnitDay(), currency).ifPresent(lines::add);
        line(ChargeType.STORAGE_VOLUME, "", volumeM3, card.storagePerCubicMetreDay(), currency).ifPresent(lines::add);
        line(ChargeType.STORAGE_SECTION, "", BigDecimal.valueOf(sections), card.storagePerSectionDay(), currency).ifPresent(lines::add);
        return lines;
    }

    /** The top-up of a month whose charges came to less than the card's minimum. */
    public static List<Rated> minimum(RateCard card, BigDecimal monthTotal, String currency) {
        if (card.monthlyMinimum() == null) {
            return List.of();
        }
        var shortfall = Money.round(card.monthlyMinimum(), currency).subtract(monthTotal);
        if (shortfall.signum() <= 0) {
            return List.of();
        }
        return List.of(new Rated(ChargeType.MONTHLY_MINIMUM, "", BigDecimal.ONE, shortfall, shortfall));
    }

    /** A correction: an amount (either sign) in the currency's scale. */
    public static Rated adjustment(BigDecimal amount, String currency) {
        var rounded = Money.round(amount, currency);
        return new Rated(ChargeType.ADJUSTMENT, "", BigDecimal.ONE, rounded, rounded);
    }

    private static Optional<Rated> line(ChargeType type, String detail, int quantity, BigDecimal price, String currency) {
        return line(type, detail, BigDecimal.valueOf(quantity), price, currency);
    }

    private static Optional<Rated> line(ChargeType type, String detail, BigDecimal quantity, BigDecimal price, String currency) {
        if (price == null || quantity == null || quantity.signum() <= 0) {
            return Optional.empty();
        }
        var amount = Money.round(quantity.multiply(price), currency);
        // a line that rounds to nothing bills nothing: the statement lists what is charged
        return amount.signum() == 0 ? Optional.empty() : Optional.of(new Rated(type, detail, quantity, price, amount));
    }
}
