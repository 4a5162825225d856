package dev.wharf.inbound;

import dev.wharf.catalog.ProductId;
import java.util.List;

/** What a merchant announces: packages on their way, each with its products. */
public record InboundDraft(List<Package> packages, String externalId, java.time.Instant expectedAt, String notes) {

    public InboundDraft(List<Package> packages) {
        this(packages, null, null, null);
    }

    public record Package(String carrierName, String trackNumber, List<Item> items) {
    }

    public record Item(ProductId product, int quantity) {
    }
}
