package dev.wharf.api.deliverr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The partner speaks inches and pounds; Wharf measures in centimetres and kilograms. */
final class PartnerUnits {

    static final BigDecimal KG_TO_LB = new BigDecimal("2.20462262");
    static final BigDecimal KG_TO_OZ = new BigDecimal("35.27396195");
    static final BigDecimal CM_PER_IN = new BigDecimal("2.54");

    private PartnerUnits() {
    }

    static BigDecimal pounds(BigDecimal kg) {
        return kg == null ? null : kg.multiply(KG_TO_LB).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal inches(BigDecimal cm) {
        return cm == null ? null : cm.divide(CM_PER_IN, 2, RoundingMode.HALF_UP);
    }
}
