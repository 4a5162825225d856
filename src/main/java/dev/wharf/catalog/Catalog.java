package dev.wharf.catalog;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Keyset;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defining and reading merchants' products. */
@Service
public class Catalog {

    private final ProductRepository repository;
    private final Merchants merchants;
    private final Warehouses warehouses;

    Catalog(ProductRepository repository, Merchants merchants, Warehouses warehouses) {
        this.repository = repository;
        this.merchants = merchants;
        this.warehouses = warehouses;
    }

    @Transactional
    public Product define(Tenant tenant, MerchantId merchantId, WarehouseId warehouseId, ProductDetails details) {
        merchants.require(tenant, "merchant", merchantId);
        var warehouse = warehouseId == null ? null : warehouses.require("warehouse", warehouseId);
        if (details.title() == null || details.title().isBlank()) {
            throw new InvalidInput("title", "is required");
        }
        checkMeasures(details, null);
        requireUniqueSku(merchantId, warehouseId, details.sku(), null);
        var currency = details.currency() != null ? details.currency() : warehouse == null ? null : warehouse.defaultCurrency();
        var withDefaults = new ProductDetails(details.title(), details.marketplaceId(), details.asin(), details.sku(),
                details.barcode(), details.imageUrl(), details.weight(), details.weightUnit(), details.length(),
                details.width(), details.height(), details.dimensionUnit(), details.price(), currency,
                details.expirationDate(), details.active() == null ? Boolean.TRUE : details.active());
        return repository.findById(repository.insert(merchantId, warehouseId, withDefaults)).orElseThrow();
    }

    @Transactional
    public Product update(Tenant tenant, ProductId id, ProductDetails details) {
        var current = require(tenant, "id", id);
        if (details.title() != null && details.title().isBlank()) {
            throw new InvalidInput("title", "must not be blank");
        }
        checkMeasures(details, current);
        if (details.sku() != null && !details.sku().equals(current.sku())) {
            requireUniqueSku(current.merchantId(), current.warehouseId(), details.sku(), id);
        }
        repository.update(id, details);
        return repository.findById(id.value()).orElseThrow();
    }

    public Optional<Product> find(Tenant tenant, ProductId id) {
        return repository.findById(id.value()).filter(p -> merchants.find(tenant, p.merchantId()).isPresent());
    }

    public Product require(Tenant tenant, String field, ProductId id) {
        return find(tenant, id).orElseThrow(() -> new NotFound(field, "product " + id.value() + " not found"));
    }

    /** The tenant's product, which must belong to this merchant (and warehouse, when bound to one). */
    public Product requireFor(Tenant tenant, String field, ProductId id, MerchantId merchantId, WarehouseId warehouseId) {
        var product = require(tenant, field, id);
        if (!product.merchantId().equals(merchantId)) {
            throw new NotFound(field, "product " + id.value() + " not found for user " + merchantId.value());
        }
        if (warehouseId != null && product.warehouseId() != null && !product.warehouseId().equals(warehouseId)) {
            throw new InvalidInput(field, "product " + id.value() + " is registered in warehouse " + product.warehouseId().value()
                    + ", not " + warehouseId.value());
        }
        return product;
    }

    /** A page of the merchant's products (in one warehouse when given), in id order. */
    public List<Product> list(Tenant tenant, MerchantId merchantId, WarehouseId warehouseId, Keyset page) {
        merchants.require(tenant, "merchant", merchantId);
        return repository.findByMerchant(merchantId, warehouseId, page);
    }

    /** The merchant's products among these ids, in one read (for lists); ids of other merchants are left out. */
    public java.util.Map<ProductId, Product> products(Tenant tenant, MerchantId merchantId, java.util.Collection<ProductId> ids) {
        merchants.require(tenant, "merchant", merchantId);
        var found = new java.util.HashMap<ProductId, Product>();
        repository.findByIds(merchantId, ids.stream().map(ProductId::value).distinct().toList()).forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** For internal processes: a product regardless of tenant. */
    /** The SKUs of many products at once (for reports), by product; one query whatever their number. */
    public java.util.Map<ProductId, String> skus(java.util.Collection<ProductId> ids) {
        var found = new java.util.HashMap<ProductId, String>();
        repository.skus(ids.stream().map(ProductId::value).toList()).forEach((id, sku) -> found.put(new ProductId(id), sku));
        return found;
    }

    /** The logistics SKUs of many products at once, by product: one query (none for products this transaction has read). */
    public java.util.Map<ProductId, String> logisticsSkus(java.util.Collection<ProductId> ids) {
        var found = new java.util.HashMap<ProductId, String>();
        repository.findByIds(ids.stream().map(ProductId::value).toList()).forEach((id, p) -> found.put(new ProductId(id), p.logisticsSku()));
        return found;
    }

    public Optional<Product> findAny(ProductId id) {
        return repository.findById(id.value());
    }

    private void requireUniqueSku(MerchantId merchantId, WarehouseId warehouseId, String sku, ProductId self) {
        if (sku == null) {
            return;
        }
        repository.findBySku(merchantId, warehouseId, sku)
                .filter(p -> !p.id().equals(self))
                .ifPresent(p -> {
                    throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "sku", "SKU " + sku + " is already used by product " + p.id().value());
                });
    }

    private static void checkMeasures(ProductDetails d, Product current) {
        nonNegative("weight", d.weight());
        nonNegative("length", d.length());
        nonNegative("width", d.width());
        nonNegative("height", d.height());
        nonNegative("price", d.price());
        var weightUnit = d.weightUnit() != null ? d.weightUnit() : current == null ? null : current.weightUnit();
        if (d.weight() != null && weightUnit == null) {
            throw new InvalidInput("weightUnit", "is required with weight (kg or lb)");
        }
        var dimensionUnit = d.dimensionUnit() != null ? d.dimensionUnit() : current == null ? null : current.dimensionUnit();
        if ((d.length() != null || d.width() != null || d.height() != null) && dimensionUnit == null) {
            throw new InvalidInput("dimensionUnit", "is required with length, width or height (cm or in)");
        }
        if (d.currency() != null) {
            try {
                Currency.getInstance(d.currency());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("currency", "'" + d.currency() + "' is not a currency code");
            }
        }
    }

    private static void nonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
    }

    /**
     * The product a scan names: its barcode or SKU, among one merchant's products when the
     * context knows the merchant. Ambiguous scans are refused rather than guessed.
     */
    public Product identify(String field, String code, MerchantId merchant) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "a barcode or SKU is required");
        }
        var found = repository.findByCode(code.strip(), merchant == null ? null : List.of(merchant.value()));
        if (found.isEmpty()) {
            throw new NotFound(field, "no product with barcode or SKU " + code);
        }
        if (found.size() > 1) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, field,
                    "barcode or SKU " + code + " matches " + found.size() + " products; name the product id");
        }
        return found.get(0);
    }

    /** All products a scan may name in a warehouse, across merchants. */
    public List<Product> findByCode(String code) {
        return repository.findByCode(code, null);
    }

    /** A page of the products a scan may name, across merchants, in id order. */
    public List<Product> findByCode(String code, Keyset page) {
        return repository.pageByCode(code, page);
    }

    @Transactional
    public void recordMeasurements(ProductId id, BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
        nonNegative("weightKg", weightKg);
        nonNegative("lengthCm", lengthCm);
        nonNegative("widthCm", widthCm);
        nonNegative("heightCm", heightCm);
        repository.recordMeasurements(id, weightKg, lengthCm, widthCm, heightCm);
    }

    // ---------------------------------------------------------------- merchants with barcode lists (Logistics, partner APIs)

    /** Defines a product with its barcodes (the first is also its main barcode) and customs data. */
    @Transactional
    public Product define(Tenant tenant, MerchantId merchantId, ProductDetails details, List<String> barcodes, Product.Customs customs) {
        var codes = barcodes == null ? List.<String>of() : barcodes;
        requireFreeBarcodes(merchantId, codes, null);
        var withBarcode = codes.isEmpty() || details.barcode() != null ? details : new ProductDetails(details.title(),
                details.marketplaceId(), details.asin(), details.sku(), codes.get(0), details.imageUrl(), details.weight(),
                details.weightUnit(), details.length(), details.width(), details.height(), details.dimensionUnit(), details.price(),
                details.currency(), details.expirationDate(), details.active());
        var product = define(tenant, merchantId, null, withBarcode);
        repository.replaceBarcodes(product.id(), codes);
        if (customs != null) {
            repository.setCustoms(product.id(), customs);
        }
        return repository.findById(product.id().value()).orElseThrow();
    }

    /** Replaces a product's details, barcodes and customs data at once: all three change, or none. */
    @Transactional
    public Product redefine(Tenant tenant, ProductId id, ProductDetails details, List<String> barcodes, Product.Customs customs) {
        update(tenant, id, details);
        replaceBarcodes(tenant, id, barcodes);
        updateCustoms(tenant, id, customs);
        return repository.findById(id.value()).orElseThrow();
    }

    /** Replaces the product's barcode list (kept in the order given). */
    @Transactional
    public void replaceBarcodes(Tenant tenant, ProductId id, List<String> barcodes) {
        var product = require(tenant, "product", id);
        requireFreeBarcodes(product.merchantId(), barcodes, id);
        repository.replaceBarcodes(id, barcodes);
    }

    @Transactional
    public void updateCustoms(Tenant tenant, ProductId id, Product.Customs customs) {
        require(tenant, "product", id);
        repository.setCustoms(id, customs);
    }

    public List<String> barcodes(ProductId id) {
        return repository.barcodes(id);
    }

    /** The merchant's products with these logistics SKUs, by SKU, in one query; SKUs that name no product are absent. */
    public java.util.Map<String, Product> findByLogisticsSkus(Tenant tenant, MerchantId merchant, java.util.Collection<String> skus) {
        merchants.require(tenant, "merchant", merchant);
        var found = new java.util.HashMap<String, Product>();
        repository.findByLogisticsSkus(merchant, skus).forEach(p -> found.put(p.logisticsSku(), p));
        return found;
    }

    /**
     * {@link #requireFor} of many products in one query: the i-th id's refusal names {@code field.apply(i)}.
     * The merchant is the tenant's (the caller has checked it), so each product need only be the merchant's.
     */
    public List<Product> requireAllFor(java.util.function.IntFunction<String> field, List<ProductId> ids, MerchantId merchantId,
                                       WarehouseId warehouseId) {
        var found = repository.findByIds(ids.stream().map(ProductId::value).toList());
        var products = new java.util.ArrayList<Product>();
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            var product = found.get(id.value());
            if (product == null || !product.merchantId().equals(merchantId)) {
                // Another merchant's product answers exactly as one that does not exist.
                throw new NotFound(field.apply(i), "product " + id.value() + " not found");
            }
            if (warehouseId != null && product.warehouseId() != null && !product.warehouseId().equals(warehouseId)) {
                throw new InvalidInput(field.apply(i), "product " + id.value() + " is registered in warehouse "
                        + product.warehouseId().value() + ", not " + warehouseId.value());
            }
            products.add(product);
        }
        return products;
    }

    /** The barcodes of many products in one read (for lists), by product; a product without any is absent. */
    public java.util.Map<ProductId, List<String>> barcodes(java.util.Collection<ProductId> ids) {
        var found = new java.util.HashMap<ProductId, List<String>>();
        repository.barcodes(ids.stream().map(ProductId::value).distinct().toList()).forEach((id, codes) -> found.put(new ProductId(id), codes));
        return found;
    }

    public Optional<Product> findByLogisticsSku(Tenant tenant, MerchantId merchant, String logisticsSku) {
        merchants.require(tenant, "merchant", merchant);
        return repository.findByLogisticsSku(merchant, logisticsSku);
    }

    public List<Product> page(Tenant tenant, MerchantId merchant, int limit, int offset) {
        merchants.require(tenant, "merchant", merchant);
        return repository.page(merchant, limit, offset);
    }

    public long count(MerchantId merchant) {
        return repository.count(merchant);
    }

    private void requireFreeBarcodes(MerchantId merchant, List<String> barcodes, ProductId self) {
        if (barcodes.stream().distinct().count() != barcodes.size()) {
            throw new InvalidInput("barcodes", "a barcode appears twice");
        }
        repository.barcodeOwner(merchant, barcodes, self).ifPresent(owner -> {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "barcodes", "a barcode is already used by product " + owner);
        });
    }

    /** The merchant's product by its SKU (the partner API's key for products). */
    public Optional<Product> findBySku(Tenant tenant, MerchantId merchant, String sku) {
        merchants.require(tenant, "merchant", merchant);
        return repository.findBySku(merchant, null, sku);
    }
}
