package dev.wharf.returns;

import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.StockReference;
import dev.wharf.outbound.ReceivingReturns;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.StorageSectionId;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns as the warehouse floor handles them: received at the dock, inspected one unit at a
 * time, finished. Stock goes back through {@link ReceivingReturns}, the path the ops API's
 * unannounced returns take, so both write the same RETURN ledger rows.
 */
@Service
public class ReturnsFloor {

    private final ReturnRepository repository;
    private final ReturnTransitions transitions;
    private final ReceivingReturns receiving;
    private final TimeSource time;

    ReturnsFloor(ReturnRepository repository, ReturnTransitions transitions, ReceivingReturns receiving, TimeSource time) {
        this.repository = repository;
        this.transitions = transitions;
        this.receiving = receiving;
        this.time = time;
    }

    /** How the dock names the parcel in its hands: exactly one of the three. */
    public record Lookup(ReturnId returnId, String rma, String trackingCode) {
    }

    /** What the inspector found in one unit, and where it goes (no section for units disposed of). */
    public record Inspected(ProductId product, UnitCondition receivedCondition, UnitCondition finalCondition, Disposition disposition,
                            String section) {
    }

    /** A return of this warehouse; another warehouse's is "not found". */
    public CustomerReturn require(WarehouseId warehouse, ReturnId id) {
        return repository.find(id.value()).filter(r -> r.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("returnId", "return " + id.value() + " not found"));
    }

    /** The parcel is at the dock: received for processing (and shipped first, when no scan said so). */
    @Transactional
    public CustomerReturn receive(WarehouseId warehouse, Lookup lookup, String actor) {
        var id = resolve(warehouse, lookup);
        repository.lock(id.value());
        var r = require(warehouse, id);
        var from = r.status();
        for (var step : r.receipt()) {
            transitions.move(r, from, step, actor);
            from = step;
        }
        return require(warehouse, id);
    }

    /** One unit inspected: restocked, kept as damaged stock, or disposed of; the last expected unit processes the return. */
    @Transactional
    public CustomerReturn inspect(WarehouseId warehouse, ReturnId id, Inspected unit, String actor) {
        repository.lock(id.value());
        var r = require(warehouse, id);
        var line = r.lineFor(unit.product());
        StorageSectionId section = null;
        if (unit.disposition() != Disposition.DISPOSE) {
            if (unit.section() == null || unit.section().isBlank()) {
                throw new InvalidInput("section", "a unit to " + unit.disposition() + " goes to a section; name it");
            }
            var condition = unit.disposition() == Disposition.RESTOCK ? Condition.OK : Condition.DAMAGED;
            section = receiving.putBack(warehouse, r.merchant(), unit.product(), unit.section(), condition, 1,
                    new StockReference("RETURN", id.value()), actor);
        }
        repository.insertInspection(id.value(), line.id(), unit.receivedCondition(), unit.finalCondition(), unit.disposition(), section,
                time.now(), actor);
        if (r.uninspected() == 1) {
            transitions.move(r, r.status(), ReturnStatus.PROCESSED, actor);
        }
        return require(warehouse, id);
    }

    /** A supervisor finishes a received return with units still uninspected (they never came). */
    @Transactional
    public CustomerReturn close(WarehouseId warehouse, ReturnId id, boolean supervisor, String actor) {
        if (!supervisor) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "role", "only a supervisor closes a return before every unit is inspected");
        }
        repository.lock(id.value());
        var r = require(warehouse, id);
        r.requireClosable();
        transitions.move(r, r.status(), ReturnStatus.PROCESSED, actor);
        return require(warehouse, id);
    }

    private ReturnId resolve(WarehouseId warehouse, Lookup lookup) {
        int given = (lookup.returnId() == null ? 0 : 1) + (blank(lookup.rma()) ? 0 : 1) + (blank(lookup.trackingCode()) ? 0 : 1);
        if (given != 1) {
            throw new InvalidInput("returnId", "name the return by exactly one of returnId, rma, trackingCode");
        }
        if (lookup.returnId() != null) {
            return lookup.returnId();
        }
        var field = blank(lookup.rma()) ? "trackingCode" : "rma";
        List<Long> found = repository.inWarehouse(warehouse, blank(lookup.rma()) ? "tracking" : "rma",
                blank(lookup.rma()) ? lookup.trackingCode() : lookup.rma());
        // Cancelled or finished returns sharing the code do not make a parcel ambiguous; open ones do.
        var open = found.stream().filter(id -> repository.find(id).map(r -> r.status() == ReturnStatus.CREATED
                || r.status() == ReturnStatus.SHIPPED).orElse(false)).toList();
        var candidates = open.isEmpty() ? found : open;
        if (candidates.isEmpty()) {
            throw new NotFound(field, "no return with " + field + " " + (field.equals("rma") ? lookup.rma() : lookup.trackingCode()));
        }
        if (candidates.size() > 1) {
            throw new InvalidInput(field, candidates.size() + " returns match; receive by returnId");
        }
        return new ReturnId(candidates.get(0));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
