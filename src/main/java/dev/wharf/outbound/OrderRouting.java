package dev.wharf.outbound;

import dev.wharf.account.Merchant;
import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockCandidates;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Chooses the warehouse for an order that names none: the first (by id) that can ship every line
 * from stock; else the merchant's default warehouse; else the first warehouse. One query for the
 * merchant's stock rows of the order's products in every warehouse, kept for the reservation.
 */
@Component
class OrderRouting {

    /** The chosen warehouse and the stock rows read to choose it. */
    record Route(Warehouse warehouse, StockCandidates stock) {
    }

    private final Warehouses warehouses;
    private final Inventory inventory;

    OrderRouting(Warehouses warehouses, Inventory inventory) {
        this.warehouses = warehouses;
        this.inventory = inventory;
    }

    Route choose(Merchant merchant, List<OrderDraft.Line> lines) {
        var needed = new HashMap<ProductId, Integer>();
        lines.forEach(l -> needed.merge(l.product(), l.quantity(), Integer::sum));
        var stock = inventory.candidates(merchant.id(), null, needed.keySet());
        // Only a warehouse holding some of the products can ship them all.
        var holding = new TreeSet<Long>();
        stock.rows().forEach(b -> holding.add(b.warehouse().value()));
        for (var id : holding) {
            var warehouse = new WarehouseId(id);
            if (needed.entrySet().stream().allMatch(e -> stock.available(warehouse, e.getKey()) >= e.getValue())) {
                return new Route(warehouses.require("warehouse", warehouse), stock);
            }
        }
        if (merchant.defaultWarehouseId() != null) {
            return new Route(warehouses.require("warehouse", merchant.defaultWarehouseId()), stock);
        }
        var all = warehouses.list();
        if (all.isEmpty()) {
            throw new InvalidInput("warehouse", "no warehouse is set up to ship from");
        }
        return new Route(all.get(0), stock);
    }
}
