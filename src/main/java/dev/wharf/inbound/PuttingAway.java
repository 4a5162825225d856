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
 * become sellable. The units put away count as "stocked" on the oldest inbound lines that
 * received them.
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

    @Transactional
    public int putAway(WarehouseId warehouse, ProductId product, String fromSection, String toSection, int quantity, String actor) {
        if (quantity <= 0) {
            throw new InvalidInput("quantity", "must be greater than 0");
        }
        var from = fromSection == null || fromSection.isBlank()
                ? warehouses.receivingSection(warehouse)
                : warehouses.findSection(warehouse, fromSection).map(StorageSection::id)
                        .orElseThrow(() -> new InvalidInput("fromSection", "no section " + fromSection + " in this warehouse"));
        var target = warehouses.section(warehouse, toSection);
        var targetKind = warehouses.findSection(warehouse, toSection).orElseThrow().kind();
        if (targetKind != StorageSection.Kind.STORAGE) {
            throw new InvalidInput("toSection", toSection + " is not a storage section");
        }
        if (target.equals(from)) {
            throw new InvalidInput("toSection", "is the section the units are already in");
        }
        var rows = inventory.balancesInSection(warehouse, from).stream()
                .filter(b -> b.product().equals(product) && b.condition() == Condition.OK && b.unreserved() > 0)
                .toList();
        int there = rows.stream().mapToInt(b -> b.unreserved()).sum();
        if (there < quantity) {
            throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity",
                    "only " + there + " units of product " + product.value() + " wait in " + warehouses.sectionCode(from));
        }
        int left = quantity;
        for (var row : rows) {
            int take = Math.min(left, row.unreserved());
            inventory.transfer(row.id(), row.key().in(target), take, MovementType.MOVE, "PUTAWAY", null, actor);
            left -= take;
            if (left == 0) {
                break;
            }
        }
        if (warehouses.findSection(warehouse, warehouses.sectionCode(from)).orElseThrow().kind() == StorageSection.Kind.RECEIVING) {
            attributeStocked(warehouse, product, quantity);
        }
        return quantity;
    }

    private void attributeStocked(WarehouseId warehouse, ProductId product, int quantity) {
        int left = quantity;
        for (var line : inbounds.unstockedLines(warehouse.value(), product)) {
            int take = (int) Math.min(left, line[1]);
            inbounds.addStocked(line[0], take);
            left -= take;
            if (left == 0) {
                return;
            }
        }
    }
}
