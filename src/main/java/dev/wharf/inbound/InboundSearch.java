package dev.wharf.inbound;

import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finding a warehouse's inbounds by whatever the dock has in hand: the inbound id (a Logistics
 * inbound shipment id), its number, the partner's ASN id (deliverrAsnId), a package's tracking
 * number, a barcode or SKU of a product on it, a word of the notes, or the day it is expected.
 * Never another warehouse's inbounds.
 */
@Service
public class InboundSearch {

    private final InboundSearchRepository repository;
    private final InboundRepository inbounds;
    private final Warehouses warehouses;

    InboundSearch(InboundSearchRepository repository, InboundRepository inbounds, Warehouses warehouses) {
        this.repository = repository;
        this.inbounds = inbounds;
        this.warehouses = warehouses;
    }

    /** A page of the warehouse's inbounds matching the filter, oldest first, after the inbound id {@code afterId}. */
    public List<InboundView> find(WarehouseId warehouse, InboundFilter filter, long afterId, int limit) {
        var zone = warehouses.require("warehouse", warehouse).timezone();
        var from = filter.expectedFrom() == null ? null : filter.expectedFrom().atStartOfDay(zone).toInstant();
        var to = filter.expectedTo() == null ? null : filter.expectedTo().plusDays(1).atStartOfDay(zone).toInstant();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("to", "is before from");
        }
        var query = filter.query() == null || filter.query().isBlank() ? null : filter.query().strip();
        Instant[] day = null;
        if (query != null) {
            try {
                var date = LocalDate.parse(query);
                day = new Instant[] {date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()};
            } catch (DateTimeParseException e) {
                day = null;
            }
        }
        boolean openOnly = filter.status() == null && query == null;
        // One read of the whole page (heads, lines, packages), not one per inbound.
        return inbounds.findAll(repository.find(warehouse.value(), query, day, filter.merchant() == null ? null : filter.merchant().value(),
                filter.status(), openOnly, from, to, afterId, limit));
    }

    /** The warehouse's inbounds whose id, number, ASN id or package tracking number is exactly {@code reference}. */
    public List<InboundView> byReference(WarehouseId warehouse, String reference, int limit) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        return inbounds.findAll(repository.byReference(warehouse.value(), reference.strip(), limit));
    }
}
