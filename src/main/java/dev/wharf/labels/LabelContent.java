package dev.wharf.labels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a label says, worded once so the PDF and the ZPL print the same thing. Fields absent from the
 * request are null here too and are left off both forms.
 */
record LabelContent(String trackingNumber, String carrierName, String serviceName, LabelAddress shipFrom,
                    LabelAddress shipTo, String weight, String packageOfCount, String reference) {

    /**
     * Printable ASCII without ^ and ~: Code 128 cannot encode anything beyond ASCII, and ZPL reads ^ and ~
     * as commands. Unlike address text, a tracking number cannot be repaired by replacing characters: the
     * barcode would then scan as a parcel that does not exist.
     */
    private static final Pattern BARCODE_SAFE = Pattern.compile("[\\x20-\\x7E&&[^^~]]+");

    static LabelContent of(LabelRequest request) {
        Objects.requireNonNull(request, "request");
        return new LabelContent(barcodeSafe(request.trackingNumber()), request.carrierName(), request.serviceName(),
                request.shipFrom(), request.shipTo(), weight(request.weightKg()),
                packageOfCount(request.packageNumber(), request.packageCount()), request.reference());
    }

    private static String barcodeSafe(String trackingNumber) {
        var stripped = trackingNumber == null ? "" : trackingNumber.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("trackingNumber is required");
        }
        if (!BARCODE_SAFE.matcher(stripped).matches()) {
            throw new IllegalArgumentException(
                    "trackingNumber must be printable ASCII without ^ or ~, got: " + stripped);
        }
        return stripped;
    }

    private static String weight(BigDecimal weightKg) {
        return weightKg == null ? null : weightKg.setScale(2, RoundingMode.HALF_UP).toPlainString() + " kg";
    }

    private static String packageOfCount(int packageNumber, int packageCount) {
        return packageNumber > 0 && packageCount > 0 ? "Package " + packageNumber + " of " + packageCount : null;
    }
}
