package dev.wharf.outbound;

import dev.wharf.account.Merchant;
import dev.wharf.inventory.Inventory;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Chooses the warehouse for an order that names none: the first that can ship every line from
 * stock; else the merchant's default warehouse; else the first warehouse.
 */
@Component
class OrderRouting {

    private final Warehouses warehouses;
    private final Inventory inventory;

    OrderRouting(Warehouses warehouses, Inventory inventory) {
        this.warehouses = warehouses;
        this.inventory = inventory;
    }

    WarehouseId choose(Merchant merchant, List<OrderDraft.Line> lines) {
        var all = warehouses.list();
        if (all.isEmpty()) {
            throw new InvalidInput("warehouse", "no warehouse is set up to ship from");
        }
        var needed = new HashMap<dev.wharf.catalog.ProductId, Integer>();
        lines.forEach(l -> needed.merge(l.product(), l.quantity(), Integer::sum));
        for (var warehouse : all) {
            boolean canShip = needed.entrySet().stream()
                    .allMatch(e -> inventory.available(merchant.id(), warehouse.id(), e.getKey()) >= e.getValue());
            if (canShip) {
                return warehouse.id();
            }
        }
        return merchant.defaultWarehouseId() != null ? merchant.defaultWarehouseId() : all.get(0).id();
    }
}
