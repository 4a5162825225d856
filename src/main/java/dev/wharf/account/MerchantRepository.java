package dev.wharf.account;

import dev.wharf.shared.Keyset;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MerchantRepository {

    private final JdbcClient jdbc;

    MerchantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Merchants read in this transaction, by id: a request names its merchant in several places. */
    private final dev.wharf.shared.TransactionScoped<Long, Merchant> read = new dev.wharf.shared.TransactionScoped<>("merchant");

    long insert(AccountId accountId, MerchantDetails d) {
        read.forget();
        long customerNumber = jdbc.sql("select nextval('customer_number_seq')").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var insert = jdbc.sql("""
                insert into merchant (account_id, customer_number, email, name, last_name, phone, default_warehouse_id,
                    active, created_at, updated_at)
                values (:account, :customer, :email, :name, :lastName, :phone, :warehouse, :active, :now, :now)""")
                .param("account", accountId.value()).param("customer", Long.toString(customerNumber))
                .param("email", d.email()).param("name", d.name()).param("lastName", d.lastName())
                .param("phone", d.phone())
                .param("warehouse", d.defaultWarehouseId() == null ? null : d.defaultWarehouseId().value())
                .param("active", d.active() == null || d.active())
                .param("now", now);
        try {
            insert.update(keys, "id");
        } catch (DuplicateKeyException e) {
            // uq_merchant_email: a concurrent request registered the same e-mail after our check passed.
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "email", "a user with e-mail " + d.email() + " already exists");
        }
        return keys.getKey().longValue();
    }

    void update(MerchantId id, MerchantDetails d) {
        read.forget();
        jdbc.sql("""
                update merchant set
                    name = coalesce(:name, name),
                    last_name = coalesce(:lastName, last_name),
                    phone = coalesce(:phone, phone),
                    default_warehouse_id = coalesce(:warehouse, default_warehouse_id),
                    active = coalesce(:active, active),
                    updated_at = :now
                where id = :id""")
                .param("name", d.name()).param("lastName", d.lastName()).param("phone", d.phone())
                .param("warehouse", d.defaultWarehouseId() == null ? null : d.defaultWarehouseId().value())
                .param("active", d.active())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", id.value())
                .update();
    }

    Optional<Merchant> findById(long id) {
        return read.get(id, () -> jdbc.sql("select * from merchant where id = :id").param("id", id).query(MerchantRepository::map).optional());
    }

    Optional<Merchant> findByEmail(AccountId accountId, String email) {
        return jdbc.sql("select * from merchant where account_id = :a and lower(email) = lower(:email)")
                .param("a", accountId.value()).param("email", email).query(MerchantRepository::map).optional();
    }

    List<Merchant> findByWarehouse(WarehouseId warehouseId, Keyset page) {
        return jdbc.sql("select * from merchant where default_warehouse_id = :w and id > :after order by id limit :limit")
                .param("w", warehouseId.value()).param("after", page.after()).param("limit", page.limit())
                .query(MerchantRepository::map).list();
    }

    List<Merchant> findByAccount(AccountId accountId, WarehouseId warehouseId, Keyset page) {
        var sql = "select * from merchant where account_id = :a" + (warehouseId == null ? "" : " and default_warehouse_id = :w")
                + " and id > :after order by id limit :limit";
        var statement = jdbc.sql(sql).param("a", accountId.value()).param("after", page.after()).param("limit", page.limit());
        if (warehouseId != null) {
            statement = statement.param("w", warehouseId.value());
        }
        var found = statement.query(MerchantRepository::map).list();
        found.forEach(m -> read.remember(m.id().value(), m));
        return found;
    }

    private static Merchant map(ResultSet rs, int row) throws SQLException {
        Long warehouse = rs.getObject("default_warehouse_id", Long.class);
        return new Merchant(
                new MerchantId(rs.getLong("id")),
                new AccountId(rs.getLong("account_id")),
                rs.getString("customer_number"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("last_name"),
                rs.getString("phone"),
                warehouse == null ? null : new WarehouseId(warehouse),
                rs.getBoolean("active"));
    }
}
