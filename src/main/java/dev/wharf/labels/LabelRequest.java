package dev.wharf.labels;

import java.math.BigDecimal;

/**
 * Everything printed on one parcel's shipping label. The tracking number is required (it becomes the
 * barcode); every other field may be null and is then left off the label.
 */
public record LabelRequest(String trackingNumber, String carrierName, String serviceName, LabelAddress shipFrom,
                           LabelAddress shipTo, BigDecimal weightKg, String reference, int packageNumber,
                           int packageCount) {
}
