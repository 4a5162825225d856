package dev.wharf.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShippingCostPolicyTest {

    @Test
    void a_supplied_cost_is_taken_as_given_even_when_a_band_would_price_it() {
        assertThat(ShippingCostPolicy.cost(new BigDecimal("6.50"), Optional.of(new BigDecimal("7.85")), null, "pkg"))
                .isEqualByComparingTo("6.50");
    }

    @Test
    void without_a_supplied_cost_the_rate_table_band_prices_the_package() {
        assertThat(ShippingCostPolicy.cost(null, Optional.of(new BigDecimal("7.85")), "908245393", "pkg")).isEqualByComparingTo("7.85");
    }

    @Test
    void a_partner_carrier_account_needs_no_band_and_costs_the_merchant_nothing_here() {
        assertThat(ShippingCostPolicy.cost(null, Optional.empty(), "908245393", "pkg")).isEqualByComparingTo("0");
    }

    @Test
    void with_no_cost_no_band_and_no_carrier_account_the_package_is_refused_naming_the_packages() {
        assertThatThrownBy(() -> ShippingCostPolicy.cost(null, Optional.empty(), " ", "UPS SUREPOST at 1 kg"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no shipping rate for UPS SUREPOST at 1 kg")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("packages");
    }
}
