package dev.wharf.outbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A carrier's manifest for a warehouse day: the packages scanned onto it, and once closed, what
 * became of each order on it. {@code id} is null while nothing was scanned onto it yet.
 */
public record ManifestView(Long id, String carrier, LocalDate day, Status status, Instant closedAt, String closedBy,
                           List<Entry> packages, List<Outcome> orders) {

    public enum Status { OPEN, CLOSED }

    /** One package handed over. */
    public record Entry(long packageId, OrderId order, String trackingNumber, Instant addedAt, String addedBy) {
    }

    /** What closing did with an order on the manifest. */
    public record Outcome(OrderId order, Result result, String reason) {
    }

    /**
     * SHIPPED: the order left (now or at an earlier close); WAITING: some of its packages are not on
     * the manifest; REFUSED: shipping refused it (the reason says why; close again once fixed).
     */
    public enum Result { SHIPPED, WAITING, REFUSED }
}
