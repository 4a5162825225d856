package dev.wharf.outbound;

import java.math.BigDecimal;
import java.util.List;

/**
 * One box as the packer closes it: its size, weight and contents, and the tracking number of a
 * label bought outside Wharf when the packer stuck one on (null otherwise).
 */
public record PackageSpec(String box, BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm,
                          List<PackageView.Item> items, String trackingNumber) {

    public PackageSpec(String box, BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm,
                       List<PackageView.Item> items) {
        this(box, weightKg, lengthCm, widthCm, heightCm, items, null);
    }

    boolean labelledOutside() {
        return trackingNumber != null && !trackingNumber.isBlank();
    }
}
