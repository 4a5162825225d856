package dev.wharf.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/** What the warehouse measured at the product's first receipt, in kilograms and centimetres. */
public record Measurements(BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm, Instant measuredAt) {
}
