package dev.wharf.outbound;

import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finding a warehouse's orders by whatever the floor has in hand: the order id, the platform's
 * own id (Logistics externalOrderId, Deliverr partner shipment id), a tracking number of the order
 * or of any of its packages, the partner's carrier account or box name, a word of the note, or
 * the day it must ship. Never another warehouse's orders.
 */
@Service
public class OrderSearch {

    private final OrderSearchRepository repository;
    private final OrderReader reader;
    private final Warehouses warehouses;

    OrderSearch(OrderSearchRepository repository, OrderReader reader, Warehouses warehouses) {
        this.repository = repository;
        this.reader = reader;
        this.warehouses = warehouses;
    }

    /** A page of the warehouse's orders matching the filter, oldest first, after the order id {@code afterId}. */
    public List<OrderView> find(WarehouseId warehouse, OrderFilter filter, long afterId, int limit) {
        var zone = warehouses.require("warehouse", warehouse).timezone();
        var from = filter.createdFrom() == null ? null : filter.createdFrom().atStartOfDay(zone).toInstant();
        var to = filter.createdTo() == null ? null : filter.createdTo().plusDays(1).atStartOfDay(zone).toInstant();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("to", "is before from");
        }
        var query = filter.query() == null || filter.query().isBlank() ? null : filter.query().strip();
        Instant[] shipDay = query == null ? null : day(query, zone);
        return reader.readAll(repository.find(warehouse.value(), query, shipDay, filter.merchant() == null ? null : filter.merchant().value(),
                filter.status(), from, to, afterId, limit));
    }

    /** The warehouse's orders whose id, platform id or tracking number (order's or a package's) is exactly {@code reference}. */
    public List<OrderView> byReference(WarehouseId warehouse, String reference, int limit) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        return reader.readAll(repository.byReference(warehouse.value(), reference.strip(), limit));
    }

    /** A package of the warehouse by its id or tracking number: {packageId, orderId}, if there is one. */
    public java.util.Optional<long[]> packageByReference(WarehouseId warehouse, String reference) {
        if (reference == null || reference.isBlank()) {
            return java.util.Optional.empty();
        }
        return repository.packageByReference(warehouse.value(), reference.strip());
    }

    /** A query that is an ISO date means that day in the warehouse's calendar: [start, end). */
    private static Instant[] day(String query, java.time.ZoneId zone) {
        try {
            var day = LocalDate.parse(query);
            return new Instant[] {day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
