package dev.wharf.catalog;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A merchant's product as declared by the merchant. */
public record Product(
        ProductId id,
        MerchantId merchantId,
        WarehouseId warehouseId,
        String title,
        String marketplaceId,
        String asin,
        String sku,
        String barcode,
        String imageUrl,
        BigDecimal weight,
        WeightUnit weightUnit,
        BigDecimal length,
        BigDecimal width,
        BigDecimal height,
        DimensionUnit dimensionUnit,
        BigDecimal price,
        String currency,
        LocalDate expirationDate,
        boolean active,
        Measurements measured,
        String logisticsSku,
        Customs customs) {

    /** What customs needs to know about the product. */
    public record Customs(String hsTariffCode, String countryOfOrigin, String description) {
    }

    /** Declared with an expiration date: receipts must say which expiry they carry. */
    public boolean tracksExpiry() {
        return expirationDate != null;
    }
}
