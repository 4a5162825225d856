package dev.wharf.inbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;

/** An inbound as read: its number, status and each line's progress. */
public record InboundView(InboundId id, String number, MerchantId merchant, WarehouseId warehouse, InboundStatus status,
                          List<Package> packages, String externalId, java.time.Instant expectedAt, String notes,
                          java.time.Instant arrivedAt, java.time.Instant completedAt,
                          InboundOrigin origin) {

    public record Package(long id, String carrierName, String trackNumber, List<Line> lines) {
    }

    /** One product's progress; {@code unexpected} marks a product that arrived without being announced. */
    public record Line(long id, ProductId product, int expected, int good, int damaged, int stocked, boolean unexpected) {

        public int received() {
            return good + damaged;
        }

        /** Received minus expected: positive over, negative short, zero as announced. */
        public int discrepancy() {
            return received() - expected;
        }
    }

    public List<Line> lines() {
        return packages.stream().flatMap(p -> p.lines().stream()).toList();
    }

    public boolean open() {
        return status != InboundStatus.CLOSED && status != InboundStatus.CANCELLED;
    }
}
