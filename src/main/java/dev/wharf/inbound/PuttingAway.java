package dev.wharf.inbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.MovementType;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.StorageSection;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving received units from the dock (or any section) into a storage section, where they
 * become sellable. Units put away from the dock count as "stocked" on the inbound lines that
 * received them, and only units received and not yet stocked can be put away.
 */
@Service
public class PuttingAway {

    private final Inventory inventory;
    private final Warehouses warehouses;
    private final InboundRepository inbounds;

    PuttingAway(Inventory inventory, Warehouses warehouses, InboundRepository inbounds) {
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.inbounds = inbounds;
    }

    /** Puts away units waiting at the dock for any inbound of the warehouse, oldest receipt first. */
    @Transactional
    public int putAway(WarehouseId warehouse, ProductId product, String fromSection, String toSection, int quantity, String actor) {
        return putAway(warehouse, product, fromSection, toSection, quantity, null, actor);
    }

    /**
     * Moves units into a storage section. From the receiving dock, the units must be received and
     * not yet put away: the putaway consumes that quantity on the inbound's lines (only
     * {@code inbound}'s when given) under a row lock, so received units are never put away twice,
     * even by two scanners at once. The target section must exist: a supervisor creates sections.
     */
    @Transactional
    public int putAway(WarehouseId warehouse, ProductId product, String fromSection, String toSection, int quantity,
                       InboundId inbound, String actor) {
        if (quantity <= 0) {
            throw new InvalidInput("quantity", "must be greater than 0");
        }
        var from = fromSection == null || fromSection.isBlank()
                ? warehouses.findSection(warehouse, warehouses.sectionCode(warehouses.receivingSection(warehouse))).orElseThrow()
                : warehouses.requireSection(warehouse, "fromSection", fromSection);
        var target = warehouses.requireSection(warehouse, "toSection", toSection);
        if (target.kind() != StorageSection.Kind.STORAGE) {
            throw new InvalidInput("toSection", target.code() + " is not a storage section");
        }
        if (target.id().equals(from.id())) {
            throw new InvalidInput("toSection", "is the section the units are already in");
        }
        if (from.kind() == StorageSection.Kind.RECEIVING) {
            consumeAwaiting(warehouse, product, quantity, inbound);
        }
        var rows = inventory.balancesInSection(warehouse, from.id()).stream()
                .filter(b -> b.product().equals(product) && b.condition() == Condition.OK && b.unreserved() > 0)
                .toList();
        int there = rows.stream().mapToInt(b -> b.unreserved()).sum();
        if (there < quantity) {
            throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity",
                    "only " + there + " units of product " + product.value() + " wait in " + from.code());
        }
        int left = quantity;
        for (var row : rows) {
            int take = Math.min(left, row.unreserved());
            inventory.transfer(row.id(), row.key().in(target.id()), take, MovementType.MOVE, "PUTAWAY", null, actor);
            left -= take;
            if (left == 0) {
                break;
            }
        }
        return quantity;
    }

    /** Takes the units off the receipts awaiting putaway, oldest inbound first, or refuses them all. */
    private void consumeAwaiting(WarehouseId warehouse, ProductId product, int quantity, InboundId inbound) {
        var lines = inbounds.lockAwaitingPutaway(warehouse.value(), product, inbound == null ? null : inbound.value());
        long awaiting = lines.stream().mapToLong(l -> l[1]).sum();
        if (awaiting < quantity) {
            throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity", "only " + awaiting + " received units of product "
                    + product.value() + (inbound == null ? "" : " on inbound " + inbound.value()) + " await putaway");
        }
        int left = quantity;
        for (var line : lines) {
            int take = (int) Math.min(left, line[1]);
            if (!inbounds.addStocked(line[0], take)) {
                throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity",
                        "the received units were put away meanwhile; scan again");
            }
            left -= take;
            if (left == 0) {
                return;
            }
        }
    }
}
