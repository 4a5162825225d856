package dev.wharf.inventory;

import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.catalog.ProductId;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.StorageSection;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse correcting and rearranging its stock: adjustments with a reason, moves between
 * sections, condition changes. Each writes one ledger row per balance row it changes, carrying
 * the operator, the reason and the note.
 */
@Service
public class StockControl {

    private static final String PARCEL = "Box";

    private final Inventory inventory;
    private final Catalog catalog;
    private final Warehouses warehouses;

    StockControl(Inventory inventory, Catalog catalog, Warehouses warehouses) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.warehouses = warehouses;
    }

    /** A signed correction of one product's units in one section and condition. */
    @Transactional
    public void adjust(WarehouseId warehouse, ProductId productId, String section, Condition condition, int delta,
                       AdjustmentReason reason, String note, String actor) {
        if (delta == 0) {
            throw new InvalidInput("quantity", "must not be 0: positive adds units, negative removes them");
        }
        if (reason == null) {
            throw new InvalidInput("reason", "is required");
        }
        var product = product(productId);
        var sectionId = existingSection(warehouse, "section", section);
        if (delta > 0) {
            inventory.adjustUp(new StockKey(product.merchantId(), warehouse, productId, sectionId, condition, PARCEL),
                    delta, reason.name(), note, actor);
            return;
        }
        int left = -delta;
        var rows = rows(warehouse, sectionId, productId, condition);
        requireUnreserved(rows, left, productId, section);
        for (var row : rows) {
            int take = Math.min(left, row.unreserved());
            if (take > 0) {
                inventory.adjustDown(row.id(), take, reason.name(), note, actor);
                left -= take;
            }
            if (left == 0) {
                return;
            }
        }
    }

    /** Moves unreserved units of a product between sections, keeping condition, lot and expiry. */
    @Transactional
    public void move(WarehouseId warehouse, ProductId productId, String fromSection, String toSection, Condition condition,
                     int quantity, String actor) {
        requirePositive(quantity);
        product(productId);
        var from = existingSection(warehouse, "fromSection", fromSection);
        var to = warehouses.section(warehouse, toSection);
        if (from.equals(to)) {
            throw new InvalidInput("toSection", "is the section the units are already in");
        }
        var rows = rows(warehouse, from, productId, condition);
        requireUnreserved(rows, quantity, productId, fromSection);
        int left = quantity;
        for (var row : rows) {
            int take = Math.min(left, row.unreserved());
            if (take > 0) {
                inventory.transfer(row.id(), row.key().in(to), take, MovementType.MOVE, "MOVE", null, actor);
                left -= take;
            }
            if (left == 0) {
                return;
            }
        }
    }

    /** ok → damaged (reason DAMAGED) or damaged → ok (reason OTHER): a negative and a positive ADJUSTMENT. */
    @Transactional
    public void changeCondition(WarehouseId warehouse, ProductId productId, String section, Condition from, int quantity,
                                String note, String actor) {
        requirePositive(quantity);
        product(productId);
        var sectionId = existingSection(warehouse, "section", section);
        var to = from == Condition.OK ? Condition.DAMAGED : Condition.OK;
        var reason = to == Condition.DAMAGED ? AdjustmentReason.DAMAGED : AdjustmentReason.OTHER;
        var rows = rows(warehouse, sectionId, productId, from);
        requireUnreserved(rows, quantity, productId, section);
        int left = quantity;
        for (var row : rows) {
            int take = Math.min(left, row.unreserved());
            if (take > 0) {
                inventory.adjustDown(row.id(), take, reason.name(), note, actor);
                inventory.adjustUp(row.key().as(to), take, reason.name(), note, actor);
                left -= take;
            }
            if (left == 0) {
                return;
            }
        }
    }

    private List<Balance> rows(WarehouseId warehouse, dev.wharf.warehouse.StorageSectionId section, ProductId product,
                               Condition condition) {
        return inventory.balancesInSection(warehouse, section).stream()
                .filter(b -> b.product().equals(product) && b.condition() == condition)
                .toList();
    }

    private static void requireUnreserved(List<Balance> rows, int quantity, ProductId product, String section) {
        int there = rows.stream().mapToInt(Balance::unreserved).sum();
        if (there < quantity) {
            throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity",
                    "only " + there + " unreserved units of product " + product.value() + " in " + section);
        }
    }

    private dev.wharf.warehouse.StorageSectionId existingSection(WarehouseId warehouse, String field, String code) {
        return warehouses.findSection(warehouse, code == null ? "" : code).map(StorageSection::id)
                .orElseThrow(() -> new InvalidInput(field, "no section " + code + " in this warehouse"));
    }

    private Product product(ProductId id) {
        return catalog.findAny(id).orElseThrow(() -> new NotFound("productId", "product " + id.value() + " not found"));
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new InvalidInput("quantity", "must be greater than 0");
        }
    }
}
