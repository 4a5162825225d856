package dev.wharf.warehouse;

import java.math.BigDecimal;

/** An extra service the warehouse sells ("Sticker Removal", "Stretch Wrapping") and its price. */
public record ServicePlanItem(long id, WarehouseId warehouseId, String name, BigDecimal price, Type type) {

    public enum Type { PER_PRODUCT, PER_PACKAGE }
}
