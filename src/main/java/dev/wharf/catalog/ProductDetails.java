package dev.wharf.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields a merchant declares for a product; on update, null keeps the current value. */
public record ProductDetails(
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
        Boolean active) {
}
