package dev.wharf.catalog;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.time.Instant;
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
        Customs customs,
        Instant createdAt,
        Instant updatedAt) {

    /** What customs needs to know about the product; {@code value} is the declared value of one unit. */
    public record Customs(String hsTariffCode, String countryOfOrigin, String description, BigDecimal value) {

        public Customs(String hsTariffCode, String countryOfOrigin, String description) {
            this(hsTariffCode, countryOfOrigin, description, null);
        }

        public boolean isEmpty() {
            return hsTariffCode == null && countryOfOrigin == null && description == null && value == null;
        }
    }

    /** The warehouse has measured the product at a receipt: its dimensions are the warehouse's from then on. */
    public boolean dimsLocked() {
        return measured != null;
    }

    /** Declared with an expiration date: receipts must say which expiry they carry. */
    public boolean tracksExpiry() {
        return expirationDate != null;
    }
}
