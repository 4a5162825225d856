package dev.wharf.outbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order as read, with its lines, its price lines and whether a label is on file. */
public record OrderView(
        OrderId id,
        String number,
        MerchantId merchant,
        WarehouseId warehouse,
        OrderType type,
        OrderStatus status,
        LocalDate latestDeliveryDate,
        String note,
        ShipTo shipTo,
        List<Line> lines,
        List<PriceLine> priceLines,
        String carrierName,
        String carrierService,
        String trackingNumber,
        String currency,
        boolean hasLabel,
        Instant createdAt,
        Instant shippedAt,
        Instant deliveredAt,
        Instant shipBy,
        String shippingMethod,
        HoldReason errorType,
        String errorMessage,
        Instant pickingStartedAt,
        List<PackageView> packages,
        Instant updatedAt,
        Instant deliverBy,
        OrderTerms terms) {

    /** {@code received} counts goods received for a non-stock order's line. */
    public record Line(long id, ProductId product, Long stockRow, int quantity, int received) {
    }

    /** One charge: a unit price times a count. */
    public record PriceLine(String name, BigDecimal unitPrice, int quantity) {
        public BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** What the merchant is charged in all, once shipped; null before. */
    public BigDecimal cost() {
        return shippedAt == null ? null : totalPrice();
    }

    public boolean isLate(Instant now) {
        return shipBy != null && now.isAfter(shipBy) && shippedAt == null && status != OrderStatus.CANCELLED;
    }

    OrderView with(List<PriceLine> prices, List<PackageView> boxes) {
        return new OrderView(id, number, merchant, warehouse, type, status, latestDeliveryDate, note, shipTo, lines, prices,
                carrierName, carrierService, trackingNumber, currency, hasLabel, createdAt, shippedAt, deliveredAt, shipBy,
                shippingMethod, errorType, errorMessage, pickingStartedAt, boxes, updatedAt, deliverBy, terms);
    }

    public BigDecimal totalPrice() {
        return priceLines.stream().map(PriceLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
