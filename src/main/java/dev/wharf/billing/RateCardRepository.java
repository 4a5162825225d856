package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RateCardRepository {

    /** merchant_scope of a warehouse's own card. */
    static final long WAREHOUSE_SCOPE = 0;

    private final JdbcClient jdbc;

    RateCardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the version of that day, replacing one set for the same day before. */
    long replace(WarehouseId warehouse, long scope, LocalDate from, RateCard card, OffsetDateTime now) {
        jdbc.sql("""
                delete from rate_card_box where rate_card_id in
                  (select id from rate_card where warehouse_id = :w and merchant_scope = :s and effective_from = :f)""")
                .param("w", warehouse.value()).param("s", scope).param("f", from).update();
        jdbc.sql("delete from rate_card where warehouse_id = :w and merchant_scope = :s and effective_from = :f")
                .param("w", warehouse.value()).param("s", scope).param("f", from).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rate_card (warehouse_id, merchant_scope, effective_from, receiving_per_unit, receiving_per_carton,
                  storage_per_unit_day, storage_per_cubic_metre_day, storage_per_section_day, pick_per_order, pick_per_additional_unit,
                  shipping_markup_percent, shipping_markup_fixed, return_per_return, return_per_unit_inspected, monthly_minimum, created_at)
                values (:w, :s, :f, :ru, :rc, :su, :sv, :ss, :po, :pa, :mp, :mf, :rr, :ri, :mm, :now)""")
                .param("w", warehouse.value()).param("s", scope).param("f", from)
                .param("ru", card.receivingPerUnit(), java.sql.Types.NUMERIC).param("rc", card.receivingPerCarton(), java.sql.Types.NUMERIC)
                .param("su", card.storagePerUnitDay(), java.sql.Types.NUMERIC).param("sv", card.storagePerCubicMetreDay(), java.sql.Types.NUMERIC)
                .param("ss", card.storagePerSectionDay(), java.sql.Types.NUMERIC).param("po", card.pickPerOrder(), java.sql.Types.NUMERIC)
                .param("pa", card.pickPerAdditionalUnit(), java.sql.Types.NUMERIC)
                .param("mp", card.shippingMarkupPercent(), java.sql.Types.NUMERIC).param("mf", card.shippingMarkupFixed(), java.sql.Types.NUMERIC)
                .param("rr", card.returnPerReturn(), java.sql.Types.NUMERIC).param("ri", card.returnPerUnitInspected(), java.sql.Types.NUMERIC)
                .param("mm", card.monthlyMinimum(), java.sql.Types.NUMERIC).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (var box : card.packagingPerBox().entrySet()) {
            jdbc.sql("insert into rate_card_box (rate_card_id, box, price) values (:id, :b, :p)")
                    .param("id", id).param("b", box.getKey()).param("p", box.getValue()).update();
        }
        return id;
    }

    List<RateCardVersion> versions(WarehouseId warehouse, long scope) {
        return jdbc.sql("select * from rate_card where warehouse_id = :w and merchant_scope = :s order by effective_from")
                .param("w", warehouse.value()).param("s", scope).query(this::map).list();
    }

    /** The version in force on the day: the latest that started on or before it. */
    Optional<RateCardVersion> inForce(WarehouseId warehouse, long scope, LocalDate day) {
        return jdbc.sql("""
                select * from rate_card where warehouse_id = :w and merchant_scope = :s and effective_from <= :d
                order by effective_from desc limit 1""")
                .param("w", warehouse.value()).param("s", scope).param("d", day).query(this::map).optional();
    }

    private RateCardVersion map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        var boxes = new LinkedHashMap<String, BigDecimal>();
        jdbc.sql("select box, price from rate_card_box where rate_card_id = :id order by box").param("id", id)
                .query((b, n) -> boxes.put(b.getString("box"), b.getBigDecimal("price"))).list();
        long scope = rs.getLong("merchant_scope");
        return new RateCardVersion(id, scope == WAREHOUSE_SCOPE ? null : new MerchantId(scope), rs.getObject("effective_from", LocalDate.class),
                new RateCard(rs.getBigDecimal("receiving_per_unit"), rs.getBigDecimal("receiving_per_carton"),
                        rs.getBigDecimal("storage_per_unit_day"), rs.getBigDecimal("storage_per_cubic_metre_day"),
                        rs.getBigDecimal("storage_per_section_day"), rs.getBigDecimal("pick_per_order"),
                        rs.getBigDecimal("pick_per_additional_unit"), boxes, rs.getBigDecimal("shipping_markup_percent"),
                        rs.getBigDecimal("shipping_markup_fixed"), rs.getBigDecimal("return_per_return"),
                        rs.getBigDecimal("return_per_unit_inspected"), rs.getBigDecimal("monthly_minimum")));
    }
}
