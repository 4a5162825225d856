package dev.wharf.outbound;

import dev.wharf.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a package's shipping costs the merchant. A cost the floor or the partner supplies is taken
 * as given; otherwise the warehouse's rate table prices it; a package that ships on the partner's
 * own carrier account is billed to that account by the carrier, so with no band it costs the
 * merchant nothing here. Only a package with none of the three is refused: the warehouse must add
 * a band to its rate table.
 */
final class ShippingCostPolicy {

    private ShippingCostPolicy() {
    }

    /**
     * @param supplied        a cost given with the shipment (the floor's or the partner's), or null
     * @param band            the rate table's price for the package's carrier, service and weight, if any
     * @param carrierAccount  the partner's carrier account the package ships on, or null
     */
    static BigDecimal cost(BigDecimal supplied, Optional<BigDecimal> band, String carrierAccount, String describePackage) {
        if (supplied != null) {
            return supplied;
        }
        if (band.isPresent()) {
            return band.get();
        }
        if (carrierAccount != null && !carrierAccount.isBlank()) {
            return BigDecimal.ZERO;
        }
        throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "packages",
                "no shipping rate for " + describePackage + ": add one to the warehouse's rate table, or give the cost");
    }
}
