package dev.wharf.catalog;

import dev.wharf.account.MerchantId;
import dev.wharf.shared.Keyset;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(MerchantId merchantId, WarehouseId warehouseId, ProductDetails d) {
        read.forget();
        var keys = new GeneratedKeyHolder();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var insert = jdbc.sql("""
                insert into product (merchant_id, warehouse_id, title, marketplace_id, asin, sku, barcode, image_url,
                    weight, weight_unit, length, width, height, dimension_unit, price, currency, expiration_date,
                    active, created_at, updated_at, logistics_sku)
                values (:merchant, :warehouse, :title, :marketplace, :asin, :sku, :barcode, :image,
                    :weight, :weightUnit, :length, :width, :height, :dimensionUnit, :price, :currency, :expiration,
                    :active, :now, :now, :logisticsSku)""")
                .param("merchant", merchantId.value())
                .param("warehouse", warehouseId == null ? null : warehouseId.value())
                .params(params(d))
                .param("active", d.active() == null || d.active())
                .param("now", now)
                .param("logisticsSku", LogisticsSkus.next());
        try {
            insert.update(keys, "id");
        } catch (DuplicateKeyException e) {
            // uq_product_sku: a concurrent request defined the same SKU after our check passed.
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "sku", "SKU " + d.sku() + " is already used");
        }
        return keys.getKey().longValue();
    }

    void setCustoms(ProductId id, Product.Customs customs) {
        read.forget();
        jdbc.sql("""
                update product set hs_tariff_code = :hs, country_of_origin = :origin, customs_description = :d,
                    customs_value = coalesce(:v, customs_value) where id = :id""")
                .param("hs", customs.hsTariffCode()).param("origin", customs.countryOfOrigin()).param("d", customs.description())
                .param("v", customs.value())
                .param("id", id.value()).update();
    }

    void replaceBarcodes(ProductId id, List<String> barcodes) {
        read.forget();
        jdbc.sql("delete from product_barcode where product_id = :id").param("id", id.value()).update();
        int position = 0;
        for (var barcode : barcodes) {
            jdbc.sql("insert into product_barcode (product_id, barcode, position) values (:p, :b, :pos)")
                    .param("p", id.value()).param("b", barcode).param("pos", position++).update();
        }
    }

    List<String> barcodes(ProductId id) {
        return jdbc.sql("select barcode from product_barcode where product_id = :id order by position")
                .param("id", id.value()).query(String.class).list();
    }

    /** Another product of the merchant already carrying one of these barcodes. */
    Optional<Long> barcodeOwner(MerchantId merchant, List<String> barcodes, ProductId self) {
        if (barcodes.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select p.id from product p where p.merchant_id = :m and p.id <> :self
                  and (p.barcode in (:codes) or p.id in (select product_id from product_barcode where barcode in (:codes)))
                order by p.id""")
                .param("m", merchant.value()).param("self", self == null ? -1L : self.value()).param("codes", barcodes)
                .query(Long.class).list().stream().findFirst();
    }

    /** Products read in this transaction by the batch look-ups, by id: an order's lines are looked up by SKU, then by id. */
    private final dev.wharf.shared.TransactionScoped<Long, Product> read = new dev.wharf.shared.TransactionScoped<>("product");

    /** The merchant's products with these logistics SKUs, in one query. */
    List<Product> findByLogisticsSkus(MerchantId merchant, java.util.Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        var found = jdbc.sql("select * from product where merchant_id = :m and logistics_sku in (:s)")
                .param("m", merchant.value()).param("s", List.copyOf(skus)).query(ProductRepository::map).list();
        found.forEach(p -> read.remember(p.id().value(), p));
        return found;
    }

    /** Products by id, in one query for those not yet read in this transaction. */
    java.util.Map<Long, Product> findByIds(java.util.Collection<Long> ids) {
        var found = new java.util.HashMap<Long, Product>();
        if (ids.isEmpty()) {
            return found;
        }
        var missing = new java.util.ArrayList<Long>();
        for (var id : new java.util.LinkedHashSet<>(ids)) {
            read.get(id, Optional::empty).ifPresentOrElse(p -> found.put(id, p), () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            jdbc.sql("select * from product where id in (:ids)").param("ids", missing).query(ProductRepository::map).list()
                    .forEach(p -> {
                        found.put(p.id().value(), p);
                        read.remember(p.id().value(), p);
                    });
        }
        return found;
    }

    Optional<Product> findByLogisticsSku(MerchantId merchant, String logisticsSku) {
        return jdbc.sql("select * from product where merchant_id = :m and logistics_sku = :s")
                .param("m", merchant.value()).param("s", logisticsSku).query(ProductRepository::map).optional();
    }

    List<Product> page(MerchantId merchant, int limit, int offset) {
        return jdbc.sql("select * from product where merchant_id = :m order by id limit :limit offset :offset")
                .param("m", merchant.value()).param("limit", limit).param("offset", offset).query(ProductRepository::map).list();
    }

    long count(MerchantId merchant) {
        return jdbc.sql("select count(*) from product where merchant_id = :m").param("m", merchant.value()).query(Long.class).single();
    }

    void update(ProductId id, ProductDetails d) {
        read.forget();
        jdbc.sql("""
                update product set
                    title = coalesce(:title, title),
                    marketplace_id = coalesce(:marketplace, marketplace_id),
                    asin = coalesce(:asin, asin),
                    sku = coalesce(:sku, sku),
                    barcode = coalesce(:barcode, barcode),
                    image_url = coalesce(:image, image_url),
                    weight = coalesce(:weight, weight),
                    weight_unit = coalesce(:weightUnit, weight_unit),
                    length = coalesce(:length, length),
                    width = coalesce(:width, width),
                    height = coalesce(:height, height),
                    dimension_unit = coalesce(:dimensionUnit, dimension_unit),
                    price = coalesce(:price, price),
                    currency = coalesce(:currency, currency),
                    expiration_date = coalesce(:expiration, expiration_date),
                    active = coalesce(:active, active),
                    updated_at = :now
                where id = :id""")
                .params(params(d))
                .param("active", d.active())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", id.value())
                .update();
    }

    Optional<Product> findById(long id) {
        return read.get(id, () -> jdbc.sql("select * from product where id = :id").param("id", id).query(ProductRepository::map).optional());
    }

    Optional<Product> findBySku(MerchantId merchantId, WarehouseId warehouseId, String sku) {
        return jdbc.sql("""
                select * from product where merchant_id = :m and sku = :sku
                  and (warehouse_id = :w or (warehouse_id is null and :w is null))
                order by id""")
                .param("m", merchantId.value()).param("sku", sku)
                .param("w", warehouseId == null ? null : warehouseId.value(), java.sql.Types.BIGINT)
                .query(ProductRepository::map).list().stream().findFirst();
    }

    List<Product> findByMerchant(MerchantId merchantId, WarehouseId warehouseId, Keyset page) {
        var sql = "select * from product where merchant_id = :m" + (warehouseId == null ? "" : " and warehouse_id = :w")
                + " and id > :after order by id limit :limit";
        var statement = jdbc.sql(sql).param("m", merchantId.value()).param("after", page.after()).param("limit", page.limit());
        if (warehouseId != null) {
            statement = statement.param("w", warehouseId.value());
        }
        return statement.query(ProductRepository::map).list();
    }

    List<Product> findByIds(MerchantId merchantId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from product where merchant_id = :m and id in (:ids) order by id")
                .param("m", merchantId.value()).param("ids", List.copyOf(ids)).query(ProductRepository::map).list();
    }

    /** Each product's barcodes in position order, for many products in one read. */
    java.util.Map<Long, List<String>> barcodes(java.util.Collection<Long> ids) {
        var found = new java.util.HashMap<Long, List<String>>();
        if (!ids.isEmpty()) {
            jdbc.sql("select product_id, barcode from product_barcode where product_id in (:ids) order by product_id, position")
                    .param("ids", List.copyOf(ids))
                    .query(rs -> {
                        found.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2));
                    });
        }
        return found;
    }

    private static java.util.Map<String, Object> params(ProductDetails d) {
        var p = new java.util.HashMap<String, Object>();
        p.put("title", d.title());
        p.put("marketplace", d.marketplaceId());
        p.put("asin", d.asin());
        p.put("sku", d.sku());
        p.put("barcode", d.barcode());
        p.put("image", d.imageUrl());
        p.put("weight", d.weight());
        p.put("weightUnit", d.weightUnit() == null ? null : d.weightUnit().name());
        p.put("length", d.length());
        p.put("width", d.width());
        p.put("height", d.height());
        p.put("dimensionUnit", d.dimensionUnit() == null ? null : d.dimensionUnit().name());
        p.put("price", d.price());
        p.put("currency", d.currency());
        p.put("expiration", d.expirationDate());
        return p;
    }

    private static Measurements measured(ResultSet rs) throws SQLException {
        var at = rs.getObject("measured_at", OffsetDateTime.class);
        if (at == null) {
            return null;
        }
        return new Measurements(rs.getBigDecimal("measured_weight_kg"), rs.getBigDecimal("measured_length_cm"),
                rs.getBigDecimal("measured_width_cm"), rs.getBigDecimal("measured_height_cm"), at.toInstant());
    }

    /** Records measurements only once: the first receipt's are the product's. */
    boolean recordMeasurements(ProductId id, java.math.BigDecimal weightKg, java.math.BigDecimal lengthCm,
                               java.math.BigDecimal widthCm, java.math.BigDecimal heightCm) {
        read.forget();
        return jdbc.sql("""
                update product set measured_weight_kg = :w, measured_length_cm = :l, measured_width_cm = :wi,
                    measured_height_cm = :h, measured_at = :now, updated_at = :now
                where id = :id and measured_at is null""")
                .param("w", weightKg).param("l", lengthCm).param("wi", widthCm).param("h", heightCm)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id.value())
                .update() == 1;
    }

    /** Products whose barcode or SKU is this code, among the given merchants' (or all when null). */
    /** The SKU of each product, by id, in one query (products without a SKU are left out). */
    java.util.Map<Long, String> skus(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var skus = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, sku from product where id in (:ids) and sku is not null").param("ids", List.copyOf(ids))
                .query(rs -> {
                    skus.put(rs.getLong(1), rs.getString(2));
                });
        return skus;
    }

    List<Product> findByCode(String code, List<Long> merchantIds) {
        if (merchantIds != null && merchantIds.isEmpty()) {
            return List.of();
        }
        // One index look-up per kind of code (an OR of the four would scan the whole table).
        var sql = "select * from product where id in (select id from product where barcode = :code"
                + " union select id from product where sku = :code union select id from product where logistics_sku = :code"
                + " union select product_id from product_barcode where barcode = :code)"
                + (merchantIds == null ? "" : " and merchant_id in (:merchants)") + " order by id";
        var statement = jdbc.sql(sql).param("code", code);
        if (merchantIds != null) {
            statement = statement.param("merchants", merchantIds);
        }
        return statement.query(ProductRepository::map).list();
    }

    /** A page of the products of every merchant that a barcode, SKU or Logistics SKU names. */
    List<Product> pageByCode(String code, Keyset page) {
        return jdbc.sql("select * from product where (barcode = :code or sku = :code or logistics_sku = :code"
                + " or id in (select product_id from product_barcode where barcode = :code)) and id > :after order by id limit :limit")
                .param("code", code).param("after", page.after()).param("limit", page.limit()).query(ProductRepository::map).list();
    }

    private static Product map(ResultSet rs, int row) throws SQLException {
        Long warehouse = rs.getObject("warehouse_id", Long.class);
        var weightUnit = rs.getString("weight_unit");
        var dimensionUnit = rs.getString("dimension_unit");
        return new Product(
                new ProductId(rs.getLong("id")),
                new MerchantId(rs.getLong("merchant_id")),
                warehouse == null ? null : new WarehouseId(warehouse),
                rs.getString("title"),
                rs.getString("marketplace_id"),
                rs.getString("asin"),
                rs.getString("sku"),
                rs.getString("barcode"),
                rs.getString("image_url"),
                rs.getBigDecimal("weight"),
                weightUnit == null ? null : WeightUnit.valueOf(weightUnit),
                rs.getBigDecimal("length"),
                rs.getBigDecimal("width"),
                rs.getBigDecimal("height"),
                dimensionUnit == null ? null : DimensionUnit.valueOf(dimensionUnit),
                rs.getBigDecimal("price"),
                rs.getString("currency"),
                rs.getObject("expiration_date", LocalDate.class),
                rs.getBoolean("active"),
                measured(rs),
                rs.getString("logistics_sku"),
                new Product.Customs(rs.getString("hs_tariff_code"), rs.getString("country_of_origin"),
                        rs.getString("customs_description"), rs.getBigDecimal("customs_value")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
