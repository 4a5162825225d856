package dev.wharf.warehouse;

/** A place in the warehouse. Only STORAGE sections hold sellable stock; RECEIVING is the dock. */
public record StorageSection(StorageSectionId id, WarehouseId warehouseId, String code, Kind kind) {

    public enum Kind { STORAGE, RECEIVING }

    public static final String RECEIVING_CODE = "RECEIVING";
}
