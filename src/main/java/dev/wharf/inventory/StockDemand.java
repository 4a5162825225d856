package dev.wharf.inventory;

import dev.wharf.catalog.ProductId;

/**
 * One order line's need: units of a product, optionally from one specific balance row.
 * {@code index} is the line's position, so a shortage can name the line.
 */
public record StockDemand(int index, long lineId, ProductId product, Long balanceId, int quantity) {
}
