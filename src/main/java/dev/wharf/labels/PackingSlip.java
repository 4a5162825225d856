package dev.wharf.labels;

import java.time.Instant;
import java.util.List;

/** The paper that travels inside the parcel: what was ordered, from whom, and where it goes. */
public record PackingSlip(String orderNumber, String merchantName, LabelAddress shipFrom, LabelAddress shipTo,
                          Instant createdAt, List<Line> lines) {

    public record Line(String sku, String title, int quantity) {
    }
}
