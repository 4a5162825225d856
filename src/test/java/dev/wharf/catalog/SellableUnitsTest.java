package dev.wharf.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.account.MerchantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SellableUnitsTest {

    private static Bundle giftSet() {
        return new Bundle(9, new MerchantId(1), "ext-9", "Gift set", "GIFT-1",
                List.of(new Bundle.Item(new ProductId(11), 2), new Bundle.Item(new ProductId(12), 1)), Instant.EPOCH);
    }

    @Test
    void a_bundle_ordered_three_times_is_three_times_each_of_its_contents() {
        assertThat(SellableUnits.expand(giftSet(), 3)).containsExactly(
                new SellableUnits.Units(new ProductId(11), 6), new SellableUnits.Units(new ProductId(12), 3));
    }

    @Test
    void a_quantity_that_would_overflow_is_refused_rather_than_wrapped() {
        assertThatThrownBy(() -> SellableUnits.expand(giftSet(), Integer.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }
}
