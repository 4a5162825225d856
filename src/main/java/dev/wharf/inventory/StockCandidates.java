package dev.wharf.inventory;

import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;

/**
 * The stock rows an order may draw from, read once (one query for all its products) and used
 * both to choose a warehouse and to plan the reservation. A snapshot: the reservation itself
 * re-checks every row as it takes it.
 */
public record StockCandidates(List<Balance> rows) {

    /** Units free to reserve of the product in the warehouse. */
    public int available(WarehouseId warehouse, ProductId product) {
        return of(warehouse, product).stream().mapToInt(Balance::available).sum();
    }

    /** The product's rows in the warehouse, oldest stock first. */
    List<Balance> of(WarehouseId warehouse, ProductId product) {
        return rows.stream().filter(b -> b.warehouse().equals(warehouse) && b.product().equals(product)).toList();
    }
}
