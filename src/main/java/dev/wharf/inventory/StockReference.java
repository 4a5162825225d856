package dev.wharf.inventory;

/** The document a movement or reservation belongs to, e.g. ("ORDER", 42) or ("INBOUND", 7). */
public record StockReference(String type, long id) {

    public static StockReference order(long id) {
        return new StockReference("ORDER", id);
    }

    public static StockReference inbound(long id) {
        return new StockReference("INBOUND", id);
    }
}
