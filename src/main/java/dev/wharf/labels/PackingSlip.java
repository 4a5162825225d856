package dev.wharf.labels;

import java.time.Instant;
import java.util.List;

/**
 * The paper that travels inside the parcel: what was ordered, from whom, and where it goes. The
 * warehouse's address is printed as the address for returns, and its country decides the paper size.
 */
public record PackingSlip(String orderNumber, String merchantName, LabelAddress warehouse, LabelAddress shipTo,
                          Instant createdAt, List<Line> lines) {

    public record Line(String sku, String title, int quantity) {
    }
}
