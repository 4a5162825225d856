package dev.wharf.catalog;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bundles of a merchant's products sold under one SKU. */
@Service
public class Bundles {

    /** A bundle's component as requested: a product by logistics SKU, and how many. */
    public record Content(String logisticsSku, int quantity) {
    }

    private final JdbcClient jdbc;
    private final Merchants merchants;
    private final ProductRepository products;
    private final TimeSource time;

    Bundles(JdbcClient jdbc, Merchants merchants, ProductRepository products, TimeSource time) {
        this.jdbc = jdbc;
        this.merchants = merchants;
        this.products = products;
        this.time = time;
    }

    @Transactional
    public Bundle create(Tenant tenant, MerchantId merchant, String externalBundleId, String title, String sku, List<Content> contents) {
        merchants.require(tenant, "merchant", merchant);
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title", "is required");
        }
        if (sku == null || sku.isBlank()) {
            throw new InvalidInput("sku", "is required");
        }
        if (contents == null || contents.isEmpty()) {
            throw new InvalidInput("bundleContents", "a bundle holds at least one product");
        }
        if (find(merchant, sku).isPresent() || products.findByLogisticsSku(merchant, sku).isPresent()) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "sku", "SKU " + sku + " is already used");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bundle (merchant_id, external_bundle_id, title, sku, created_at) values (:m, :e, :t, :s, :now)")
                .param("m", merchant.value()).param("e", externalBundleId).param("t", title).param("s", sku)
                .param("now", time.nowUtc()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < contents.size(); i++) {
            var content = contents.get(i);
            var field = "bundleContents[" + i + "]";
            if (content.quantity() <= 0) {
                throw new InvalidInput(field + ".quantity", "must be greater than 0");
            }
            var product = products.findByLogisticsSku(merchant, content.logisticsSku())
                    .orElseThrow(() -> new NotFound(field + ".productId", "product " + content.logisticsSku() + " not found"));
            jdbc.sql("insert into bundle_item (bundle_id, product_id, quantity) values (:b, :p, :q)")
                    .param("b", id).param("p", product.id().value()).param("q", content.quantity()).update();
        }
        return find(merchant, sku).orElseThrow();
    }

    public Optional<Bundle> find(MerchantId merchant, String sku) {
        return jdbc.sql("select id, external_bundle_id, title, sku, created_at from bundle where merchant_id = :m and sku = :s")
                .param("m", merchant.value()).param("s", sku).query((rs, n) -> bundle(merchant, rs)).optional();
    }

    /** The merchant's bundle by its id; another merchant's is not found. */
    public Optional<Bundle> find(MerchantId merchant, long id) {
        return jdbc.sql("select id, external_bundle_id, title, sku, created_at from bundle where merchant_id = :m and id = :id")
                .param("m", merchant.value()).param("id", id).query((rs, n) -> bundle(merchant, rs)).optional();
    }

    private Bundle bundle(MerchantId merchant, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Bundle(rs.getLong(1), merchant, rs.getString(2), rs.getString(3), rs.getString(4), items(rs.getLong(1)),
                rs.getObject(5, java.time.OffsetDateTime.class).toInstant());
    }

    private List<Bundle.Item> items(long bundleId) {
        return jdbc.sql("select product_id, quantity from bundle_item where bundle_id = :b order by id").param("b", bundleId)
                .query((rs, n) -> new Bundle.Item(new ProductId(rs.getLong(1)), rs.getInt(2))).list();
    }
}
