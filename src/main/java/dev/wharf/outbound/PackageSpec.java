package dev.wharf.outbound;

import java.math.BigDecimal;
import java.util.List;

/** One box as the packer closes it: its size, weight and contents. */
public record PackageSpec(String box, BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm,
                          List<PackageView.Item> items) {
}
