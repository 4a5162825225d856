package dev.wharf.billing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateCardRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static RateCard receiving(String perUnit) {
        return new RateCard(new BigDecimal(perUnit), null, null, null, null, null, null, Map.of(), null, null, null, null, null);
    }

    @Test
    void a_card_may_start_today_or_later_but_not_in_the_past() {
        assertThatCode(() -> RateCardRules.check(receiving("0.1"), TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RateCardRules.check(receiving("0.1"), TODAY.minusDays(1), TODAY))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "effectiveFrom");
    }

    @Test
    void a_negative_price_or_one_with_more_than_four_decimals_is_refused_naming_it() {
        assertThatThrownBy(() -> RateCardRules.check(receiving("-0.01"), TODAY, TODAY))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "receivingPerUnit");
        assertThatThrownBy(() -> RateCardRules.check(receiving("0.00001"), TODAY, TODAY))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "receivingPerUnit");
        assertThatCode(() -> RateCardRules.check(receiving("0.0125000"), TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void a_box_price_is_named_by_its_box_type() {
        var card = new RateCard(null, null, null, null, null, null, null, Map.of("L", new BigDecimal("-1")), null, null, null, null, null);
        assertThatThrownBy(() -> RateCardRules.check(card, TODAY, TODAY))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "packagingPerBox.L");
    }
}
