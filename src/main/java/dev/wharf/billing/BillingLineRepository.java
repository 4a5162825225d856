package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BillingLineRepository {

    private final JdbcClient jdbc;

    BillingLineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the line unless one for the same merchant, warehouse, document, type and detail exists:
     * "on conflict do nothing" (PostgreSQL, H2 in PostgreSQL mode) keeps a replay from failing the
     * action's transaction while charging nothing twice. True when the line was new.
     */
    /** Whether the merchant has ever been billed at the warehouse (any line, any month). */
    boolean anyAt(MerchantId merchant, WarehouseId warehouse) {
        return jdbc.sql("select 1 from billing_line where merchant_id = :m and warehouse_id = :w fetch first 1 rows only")
                .param("m", merchant.value()).param("w", warehouse.value()).query(Integer.class).optional().isPresent();
    }

    boolean insert(BillingLine l) {
        return jdbc.sql("""
                insert into billing_line (merchant_id, warehouse_id, charge_type, reference_type, reference_id, detail, quantity,
                  unit_price, amount, currency, service_day, billing_month, adjustment, note, occurred_at)
                values (:m, :w, :t, :rt, :ri, :d, :q, :p, :a, :c, :day, :month, :adj, :note, :at)
                on conflict do nothing""")
                .param("m", l.merchant().value()).param("w", l.warehouse().value()).param("t", l.type().name())
                .param("rt", l.referenceType().name()).param("ri", l.referenceId()).param("d", l.detail()).param("q", l.quantity())
                .param("p", l.unitPrice()).param("a", l.amount()).param("c", l.currency()).param("day", l.serviceDay())
                .param("month", l.billingMonth()).param("adj", l.adjustment()).param("note", l.note(), java.sql.Types.VARCHAR)
                .param("at", OffsetDateTime.ofInstant(l.occurredAt(), ZoneOffset.UTC)).update() == 1;
    }

    /** The closed months of the warehouse from this one on, oldest first. */
    List<LocalDate> closedFrom(WarehouseId warehouse, LocalDate month) {
        return jdbc.sql("select billing_month from billing_month_close where warehouse_id = :w and billing_month >= :m order by billing_month")
                .param("w", warehouse.value()).param("m", month).query(LocalDate.class).list();
    }

    boolean isClosed(WarehouseId warehouse, LocalDate month) {
        return !closedFrom(warehouse, month).stream().filter(month::equals).toList().isEmpty();
    }

    /** Marks the month closed; false when it already was. */
    boolean close(WarehouseId warehouse, LocalDate month, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                insert into billing_month_close (warehouse_id, billing_month, closed_by, closed_at) values (:w, :m, :a, :now)
                on conflict do nothing""")
                .param("w", warehouse.value()).param("m", month).param("a", actor).param("now", now).update() == 1;
    }

    long nextAdjustment() {
        return jdbc.sql("select nextval('billing_adjustment_seq')").query(Long.class).single();
    }

    /** The lines of a merchant at a warehouse billed in a month, in the order they were written. */
    List<BillingLine> inMonth(MerchantId merchant, WarehouseId warehouse, LocalDate month) {
        return jdbc.sql("select * from billing_line where merchant_id = :m and warehouse_id = :w and billing_month = :month order by id")
                .param("m", merchant.value()).param("w", warehouse.value()).param("month", month).query(BillingLineRepository::map).list();
    }

    /** Merchants with a line billed at the warehouse in the month. */
    List<MerchantId> merchantsBilled(WarehouseId warehouse, LocalDate month) {
        return jdbc.sql("select distinct merchant_id from billing_line where warehouse_id = :w and billing_month = :month order by merchant_id")
                .param("w", warehouse.value()).param("month", month).query(Long.class).list().stream().map(MerchantId::new).toList();
    }

    static BillingLine map(ResultSet rs, int row) throws SQLException {
        return new BillingLine(rs.getLong("id"), new MerchantId(rs.getLong("merchant_id")), new WarehouseId(rs.getLong("warehouse_id")),
                ChargeType.valueOf(rs.getString("charge_type")), ReferenceType.valueOf(rs.getString("reference_type")),
                rs.getLong("reference_id"), rs.getString("detail"), rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"),
                rs.getBigDecimal("amount"), rs.getString("currency"), rs.getObject("service_day", LocalDate.class),
                rs.getObject("billing_month", LocalDate.class), rs.getBoolean("adjustment"), rs.getString("note"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
