package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The nightly snapshots. Reads the inventory module's balance and ledger tables and the catalog's
 * product dimensions read-only, in one grouped statement (as the reports module does): a million
 * stock rows cannot go through services row by row in the time a night allows. Recorded in decisions.md.
 */
@Repository
class StorageRepository {

    /** One merchant's stock at the end of a day. */
    record Snapshot(long id, MerchantId merchant, long units, BigDecimal volumeM3, int sections) {
    }

    private final JdbcClient jdbc;

    StorageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LocalDate> lastDayTaken(WarehouseId warehouse) {
        // an aggregate over no rows is one null row, which single() refuses: read it as a list
        return jdbc.sql("select max(stock_day) from storage_day where warehouse_id = :w")
                .param("w", warehouse.value()).query(LocalDate.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** When stock first moved in the warehouse: before then there is nothing to store. */
    Optional<Instant> firstMovement(WarehouseId warehouse) {
        return jdbc.sql("select min(occurred_at) from inventory_movement where warehouse_id = :w")
                .param("w", warehouse.value()).query(OffsetDateTime.class).list().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(OffsetDateTime::toInstant);
    }

    /**
     * Claims the day for this transaction: the row's primary key lets one insert win; a second
     * instance's insert waits for the first transaction and then inserts nothing (or, if that one
     * rolled back, wins itself). So a day is taken once, and a crash mid-day leaves it to be taken again.
     */
    boolean claim(WarehouseId warehouse, LocalDate day, String instance, Instant now) {
        return jdbc.sql("""
                insert into storage_day (warehouse_id, stock_day, taken_by, taken_at) values (:w, :d, :by, :now)
                on conflict do nothing""")
                .param("w", warehouse.value()).param("d", day).param("by", instance).param("now", utc(now)).update() == 1;
    }

    /**
     * Writes every merchant's stock at {@code endOfDay}: the balances now, minus what moved since
     * (the ledger is append-only, so this is the stock as it was), with each product's volume from
     * its measured dimensions, else its declared ones (inches converted), else none.
     */
    void snapshot(WarehouseId warehouse, LocalDate day, Instant endOfDay) {
        jdbc.sql("""
                insert into storage_snapshot (warehouse_id, merchant_id, stock_day, units, volume_m3, sections)
                select :w, s.merchant_id, :d, sum(s.qty), coalesce(sum(s.qty * s.m3), 0), count(distinct s.section_id)
                from (
                  select b.merchant_id, b.section_id, b.on_hand - coalesce(m.delta, 0) as qty,
                    case
                      when p.measured_length_cm is not null and p.measured_width_cm is not null and p.measured_height_cm is not null
                        then p.measured_length_cm * p.measured_width_cm * p.measured_height_cm / 1000000
                      when p.length is not null and p.width is not null and p.height is not null
                        then p.length * p.width * p.height * (case when p.dimension_unit = 'IN' then 16.387064 else 1 end) / 1000000
                      else 0
                    end as m3
                  from inventory_balance b
                  join product p on p.id = b.product_id
                  left join (select balance_id, sum(on_hand_delta) as delta from inventory_movement
                             where warehouse_id = :w and occurred_at >= :end group by balance_id) m on m.balance_id = b.id
                  where b.warehouse_id = :w
                ) s
                where s.qty > 0
                group by s.merchant_id""")
                .param("w", warehouse.value()).param("d", day).param("end", utc(endOfDay)).update();
    }

    List<Snapshot> snapshots(WarehouseId warehouse, LocalDate day) {
        return jdbc.sql("select * from storage_snapshot where warehouse_id = :w and stock_day = :d order by merchant_id")
                .param("w", warehouse.value()).param("d", day)
                .query((rs, n) -> new Snapshot(rs.getLong("id"), new MerchantId(rs.getLong("merchant_id")), rs.getLong("units"),
                        rs.getBigDecimal("volume_m3"), rs.getInt("sections"))).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
