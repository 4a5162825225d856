package dev.wharf.outbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.time.LocalDate;
import java.util.List;

/** An order as a merchant places it. */
public record OrderDraft(
        MerchantId merchant,
        WarehouseId warehouse,
        OrderType type,
        LocalDate latestDeliveryDate,
        String note,
        ShipTo shipTo,
        List<Line> lines,
        List<Service> services,
        byte[] label,
        String shippingMethod,
        OrderTerms terms) {

    /** A draft without a requested shipping method (the ShipAPI has none). */
    public OrderDraft(MerchantId merchant, WarehouseId warehouse, OrderType type, LocalDate latestDeliveryDate, String note,
                      ShipTo shipTo, List<Line> lines, List<Service> services, byte[] label) {
        this(merchant, warehouse, type, latestDeliveryDate, note, shipTo, lines, services, label, null, OrderTerms.none());
    }

    /** Units of a product; {@code stockRow} optionally names the balance row to take them from. */
    public record Line(ProductId product, Long stockRow, int quantity) {
    }

    /** An extra service from the warehouse's price list, for one product's units or for the package. */
    public record Service(ProductId product, Long stockRow, long servicePlanItemId) {
    }
}
