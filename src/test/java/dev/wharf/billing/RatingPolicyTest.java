package dev.wharf.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each action under a rate card, and the one rounding rule: no Spring, no database. */
class RatingPolicyTest {

    private static final RateCard CARD = new RateCard(new BigDecimal("0.15"), new BigDecimal("2.50"), new BigDecimal("0.0125"),
            new BigDecimal("0.75"), new BigDecimal("0.40"), new BigDecimal("1.20"), new BigDecimal("0.25"),
            Map.of("S", new BigDecimal("0.40")), new BigDecimal("10"), new BigDecimal("0.50"), new BigDecimal("3.00"),
            new BigDecimal("0.50"), new BigDecimal("250"));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void a_line_is_quantity_times_price_rounded_half_up_to_the_currencys_minor_unit_once() {
        // 3 units × 0.0125 = 0.0375 → 0.04 in GBP; in JPY (no minor unit) 0.0375 → 0.
        var storage = RatingPolicy.storage(CARD, 3, BigDecimal.ZERO, 0, "GBP");
        assertThat(storage).singleElement().satisfies(line -> {
            assertThat(line.type()).isEqualTo(ChargeType.STORAGE_UNIT);
            assertThat(line.amount()).isEqualByComparingTo("0.04");
            assertThat(line.amount().scale()).isEqualTo(2);
        });
        assertThat(RatingPolicy.storage(CARD, 3, BigDecimal.ZERO, 0, "JPY")).as("rounds to nothing, bills nothing").isEmpty();
        assertThat(RatingPolicy.storage(CARD, 3, BigDecimal.ZERO, 0, "KWD").get(0).amount().scale()).isEqualTo(3);
        // a tie: 2 × 0.0125 = 0.025 rounds up, not to even
        assertThat(RatingPolicy.storage(CARD, 2, BigDecimal.ZERO, 0, "EUR").get(0).amount()).isEqualByComparingTo("0.03");
    }

    @Test
    void picking_charges_the_order_once_and_every_unit_after_the_first() {
        var lines = RatingPolicy.pick(CARD, 4, "EUR");
        assertThat(lines).extracting(Rated::type).containsExactly(ChargeType.PICK_ORDER, ChargeType.PICK_ADDITIONAL_UNIT);
        assertThat(lines.get(1).quantity()).isEqualByComparingTo("3");
        assertThat(lines.get(1).amount()).isEqualByComparingTo("0.75");
        assertThat(RatingPolicy.pick(CARD, 1, "EUR")).extracting(Rated::type).containsExactly(ChargeType.PICK_ORDER);
    }

    @Test
    void shipping_is_the_label_cost_plus_the_percent_and_the_fixed_markup() {
        // 7.95 + 10 % (0.795) + 0.50 = 9.245 → 9.25
        var line = RatingPolicy.shipping(CARD, d("7.95"), "USD").get(0);
        assertThat(line.amount()).isEqualByComparingTo("9.25");
        assertThat(line.unitPrice()).isEqualByComparingTo(line.amount());
        assertThat(RatingPolicy.shipping(RateCard.EMPTY, d("7.95"), "USD").get(0).amount()).as("no markup passes the cost on")
                .isEqualByComparingTo("7.95");
    }

    @Test
    void a_box_type_is_priced_without_regard_to_case_and_an_unknown_box_costs_nothing() {
        assertThat(RatingPolicy.packaging(CARD, "s", "GBP")).singleElement().satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("0.40"));
        assertThat(RatingPolicy.packaging(CARD, "XL", "GBP")).isEmpty();
    }

    @Test
    void a_price_the_card_does_not_have_or_a_quantity_of_zero_charges_nothing() {
        assertThat(RatingPolicy.receipt(RateCard.EMPTY, 10, "GBP")).isEmpty();
        assertThat(RatingPolicy.receipt(CARD, 0, "GBP")).isEmpty();
        assertThat(RatingPolicy.storage(RateCard.EMPTY, 10, d("1"), 2, "GBP")).isEmpty();
    }

    @Test
    void storage_charges_every_basis_the_card_prices() {
        var lines = RatingPolicy.storage(CARD, 100, d("0.513000"), 2, "GBP");
        assertThat(lines).extracting(Rated::type).containsExactly(ChargeType.STORAGE_UNIT, ChargeType.STORAGE_VOLUME, ChargeType.STORAGE_SECTION);
        assertThat(lines).extracting(Rated::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("1.25"), d("0.38"), d("0.80"));
    }

    @Test
    void the_monthly_minimum_tops_up_only_a_month_below_it() {
        assertThat(RatingPolicy.minimum(CARD, d("200.10"), "GBP")).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("49.90"));
        assertThat(RatingPolicy.minimum(CARD, d("250.00"), "GBP")).isEmpty();
        assertThat(RatingPolicy.minimum(RateCard.EMPTY, BigDecimal.ZERO, "GBP")).isEmpty();
    }

    @Test
    void a_merchants_override_replaces_only_the_prices_it_gives() {
        var override = new RateCard(d("0.10"), null, null, null, null, null, null, Map.of("M", d("0.60")), null, null, null, null, null);
        var merged = CARD.overriddenBy(override);
        assertThat(merged.receivingPerUnit()).isEqualByComparingTo("0.10");
        assertThat(merged.receivingPerCarton()).isEqualByComparingTo("2.50");
        assertThat(merged.packagingPerBox()).containsOnlyKeys("S", "M");
        assertThat(List.of(merged.monthlyMinimum())).usingElementComparator(BigDecimal::compareTo).containsExactly(d("250"));
    }
}
