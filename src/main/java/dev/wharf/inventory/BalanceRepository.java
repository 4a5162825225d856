package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.shared.Keyset;
import dev.wharf.warehouse.StorageSectionId;
import dev.wharf.warehouse.WarehouseId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BalanceRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final MovementGate gate;

    BalanceRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, MovementGate gate) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.gate = gate;
    }

    /** One reservation to write: so many units of a row, held for one order line. */
    record Hold(long balanceId, long lineId, int quantity) {
    }

    /**
     * The conditional reservation of many rows in one round-trip, in ascending id order (so that two
     * orders never wait on each other crosswise): per row, whether it still had the units free.
     */
    boolean[] takeReservations(java.util.SortedMap<Long, Integer> quantities) {
        var rows = List.copyOf(quantities.entrySet());
        var params = rows.stream().map(e -> new MapSqlParameterSource("id", e.getKey()).addValue("q", e.getValue()))
                .toArray(SqlParameterSource[]::new);
        int[] counts;
        try {
            counts = batch.batchUpdate("""
                    update inventory_balance set reserved = reserved + :q
                    where id = :id and condition = 'OK' and on_hand - reserved >= :q""", params);
        } catch (DataIntegrityViolationException checkFailed) {
            // The CHECK refused one: a concurrent writer got there first. The same answer as "not enough".
            counts = new int[rows.size()];
        }
        var taken = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            taken[i] = counts[i] == 1;
        }
        return taken;
    }

    /** Gives back units reserved a moment ago in this transaction (a reservation of many rows that lost a race on one). */
    void giveBack(java.util.Map<Long, Integer> quantities) {
        var params = quantities.entrySet().stream().map(e -> new MapSqlParameterSource("id", e.getKey()).addValue("q", e.getValue()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("update inventory_balance set reserved = reserved - :q where id = :id", params);
    }

    void insertReservations(StockReference reference, List<Hold> holds) {
        batch.batchUpdate("""
                insert into stock_reservation (balance_id, reference_type, reference_id, line_id, quantity)
                values (:b, :t, :r, :l, :q)""", holds.stream().map(h -> new MapSqlParameterSource("b", h.balanceId())
                .addValue("t", reference.type()).addValue("r", reference.id()).addValue("l", h.lineId()).addValue("q", h.quantity()))
                .toArray(SqlParameterSource[]::new));
    }

    void deleteReservations(StockReference reference, List<Hold> holds) {
        jdbc.sql("delete from stock_reservation where reference_type = :t and reference_id = :r and line_id in (:lines)")
                .param("t", reference.type()).param("r", reference.id())
                .param("lines", holds.stream().map(Hold::lineId).distinct().toList()).update();
    }

    /** One ledger row per hold, {@code sign} × its units reserved, in one round-trip. */
    void recordAll(List<Hold> holds, MovementType type, int sign, StockReference reference, String actor) {
        gate.enterWriter();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        batch.batchUpdate("""
                insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta,
                    reserved_delta, reason, note, reference_type, reference_id, actor, occurred_at)
                select id, merchant_id, warehouse_id, product_id, :type, 0, :reserved, null, null, :refType, :refId, :actor, :now
                from inventory_balance where id = :id""", holds.stream().map(h -> new MapSqlParameterSource("type", type.name())
                .addValue("reserved", sign * h.quantity()).addValue("refType", reference.type()).addValue("refId", reference.id())
                .addValue("actor", actor).addValue("now", now).addValue("id", h.balanceId()))
                .toArray(SqlParameterSource[]::new));
    }

    /**
     * The rows an order may draw units from, for many products at once: the merchant's sellable
     * (ok, in storage, not all reserved) rows, in one warehouse or in all (null), oldest stock first.
     */
    List<Balance> candidates(MerchantId merchant, WarehouseId warehouse, java.util.Collection<ProductId> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        var inWarehouse = warehouse == null ? "" : " and b.warehouse_id = :w";
        return jdbc.sql("""
                select b.* from inventory_balance b join storage_section s on s.id = b.section_id
                where b.merchant_id = :m and b.product_id in (:p) and b.condition = 'OK'
                  and b.on_hand > b.reserved and s.kind = 'STORAGE'""" + inWarehouse
                + " order by b.warehouse_id, b.product_id, b.expiry asc nulls last, b.id")
                .param("m", merchant.value()).param("p", products.stream().map(ProductId::value).distinct().toList())
                .param("w", warehouse == null ? null : warehouse.value(), java.sql.Types.BIGINT)
                .query(BalanceRepository::map).list();
    }

    /** Which of the products the merchant ever had units of: a balance row exists from the first unit added. */
    java.util.Set<ProductId> everHeld(MerchantId merchant, java.util.Collection<ProductId> products) {
        if (products.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select distinct product_id from inventory_balance where merchant_id = :m and product_id in (:p)")
                .param("m", merchant.value()).param("p", products.stream().map(ProductId::value).distinct().toList())
                .query((rs, n) -> new ProductId(rs.getLong(1))).list());
    }

    long findOrCreate(StockKey key) {
        return findId(key).orElseGet(() -> {
            // "on conflict do nothing" lets two first receipts of one key race without failing the transaction.
            jdbc.sql("""
                    insert into inventory_balance (merchant_id, warehouse_id, product_id, section_id, condition, parcel_type,
                        lot, expiry, on_hand, reserved, created_at)
                    values (:m, :w, :p, :s, :c, :t, :lot, :expiry, 0, 0, :now)
                    on conflict do nothing""")
                    .param("m", key.merchant().value()).param("w", key.warehouse().value())
                    .param("p", key.product().value()).param("s", key.section().value())
                    .param("c", key.condition().name()).param("t", key.parcelType())
                    .param("lot", key.lot()).param("expiry", key.expiry(), java.sql.Types.DATE)
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
            return findId(key).orElseThrow();
        });
    }

    private Optional<Long> findId(StockKey key) {
        return jdbc.sql("""
                select id from inventory_balance where merchant_id = :m and warehouse_id = :w and product_id = :p
                  and section_id = :s and condition = :c and parcel_type = :t and lot = :lot""")
                .param("m", key.merchant().value()).param("w", key.warehouse().value())
                .param("p", key.product().value()).param("s", key.section().value())
                .param("c", key.condition().name()).param("t", key.parcelType()).param("lot", key.lot())
                .query(Long.class).optional();
    }

    void changeOnHand(long balanceId, int delta) {
        jdbc.sql("update inventory_balance set on_hand = on_hand + :d where id = :id").param("d", delta).param("id", balanceId).update();
    }

    void changeReserved(long balanceId, int delta) {
        jdbc.sql("update inventory_balance set reserved = reserved + :d where id = :id").param("d", delta).param("id", balanceId).update();
    }

    void consume(long balanceId, int quantity) {
        jdbc.sql("update inventory_balance set on_hand = on_hand - :q, reserved = reserved - :q where id = :id")
                .param("q", quantity).param("id", balanceId).update();
    }

    /** The atomic reservation: succeeds only if the row still has the units free when it is written. */
    boolean takeReservation(long balanceId, int quantity) {
        return conditionalUpdate("""
                update inventory_balance set reserved = reserved + :q
                where id = :id and condition = 'OK' and on_hand - reserved >= :q""", balanceId, quantity);
    }

    boolean takeUnreserved(long balanceId, int quantity) {
        return conditionalUpdate("""
                update inventory_balance set on_hand = on_hand - :q
                where id = :id and on_hand - reserved >= :q""", balanceId, quantity);
    }

    private boolean conditionalUpdate(String sql, long balanceId, int quantity) {
        try {
            return jdbc.sql(sql).param("q", quantity).param("id", balanceId).update() == 1;
        } catch (DataIntegrityViolationException checkFailed) {
            // The row's CHECK refused it: a concurrent writer got there first. Same answer as "not enough".
            return false;
        }
    }

    void record(long balanceId, MovementType type, int onHandDelta, int reservedDelta, String reason,
                StockReference reference, String actor) {
        record(balanceId, type, onHandDelta, reservedDelta, reason, null, reference, actor);
    }

    void record(long balanceId, MovementType type, int onHandDelta, int reservedDelta, String reason, String note,
                StockReference reference, String actor) {
        // Before the time is stamped: a reader waiting on the gate then sees this row or a later time.
        gate.enterWriter();
        jdbc.sql("""
                insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta,
                    reserved_delta, reason, note, reference_type, reference_id, actor, occurred_at)
                select id, merchant_id, warehouse_id, product_id, :type, :onHand, :reserved, :reason, :note, :refType, :refId, :actor, :now
                from inventory_balance where id = :id""")
                .param("type", type.name()).param("onHand", onHandDelta).param("reserved", reservedDelta)
                .param("reason", reason).param("note", note)
                .param("refType", reference == null ? null : reference.type())
                .param("refId", reference == null ? null : reference.id(), java.sql.Types.BIGINT)
                .param("actor", actor)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", balanceId)
                .update();
    }

    void insertReservation(long balanceId, StockReference reference, long lineId, int quantity) {
        jdbc.sql("""
                insert into stock_reservation (balance_id, reference_type, reference_id, line_id, quantity)
                values (:b, :t, :r, :l, :q)""")
                .param("b", balanceId).param("t", reference.type()).param("r", reference.id())
                .param("l", lineId).param("q", quantity).update();
    }

    List<Reservation> reservations(StockReference reference) {
        return jdbc.sql("""
                select balance_id, line_id, quantity from stock_reservation
                where reference_type = :t and reference_id = :r order by balance_id, id""")
                .param("t", reference.type()).param("r", reference.id())
                .query((rs, n) -> new Reservation(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
    }

    /** Shrinks the reference's hold on one row by up to the quantity; returns how much it shrank. */
    int shrinkReservation(StockReference reference, long balanceId, int quantity) {
        int left = quantity;
        for (var held : reservations(reference)) {
            if (held.balanceId() != balanceId || left == 0) {
                continue;
            }
            int take = Math.min(left, held.quantity());
            jdbc.sql("""
                    update stock_reservation set quantity = quantity - :q
                    where reference_type = :t and reference_id = :r and balance_id = :b and line_id = :l""")
                    .param("q", take).param("t", reference.type()).param("r", reference.id()).param("b", balanceId)
                    .param("l", held.lineId()).update();
            left -= take;
        }
        jdbc.sql("delete from stock_reservation where quantity = 0 and reference_type = :t and reference_id = :r")
                .param("t", reference.type()).param("r", reference.id()).update();
        return quantity - left;
    }

    /** On hand anywhere, and sellable (ok, unreserved, in storage), for one merchant's product across warehouses. */
    int[] totals(MerchantId merchant, ProductId product) {
        return jdbc.sql("""
                select coalesce(sum(b.on_hand), 0),
                       coalesce(sum(case when b.condition = 'OK' and s.kind = 'STORAGE' then b.on_hand - b.reserved else 0 end), 0)
                from inventory_balance b join storage_section s on s.id = b.section_id
                where b.merchant_id = :m and b.product_id = :p""")
                .param("m", merchant.value()).param("p", product.value())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    /**
     * {@link #totals} for many products in one grouped query, per warehouse: {product, warehouse, on hand, available}.
     * Products without any row are absent.
     */
    List<long[]> totalsByWarehouse(MerchantId merchant, java.util.Collection<ProductId> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select b.product_id, b.warehouse_id, coalesce(sum(b.on_hand), 0),
                       coalesce(sum(case when b.condition = 'OK' and s.kind = 'STORAGE' then b.on_hand - b.reserved else 0 end), 0)
                from inventory_balance b join storage_section s on s.id = b.section_id
                where b.merchant_id = :m and b.product_id in (:p)
                group by b.product_id, b.warehouse_id
                order by b.product_id, b.warehouse_id""")
                .param("m", merchant.value()).param("p", products.stream().map(ProductId::value).toList())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).list();
    }

    /** Ledger rows of a warehouse in [from, to), oldest first, with the condition and kind of their row. */
    /**
     * The merchants' movements of sellable units in or out of the warehouse in [from, to): ok
     * units only, and only the types that change the stock level (not moves between sections, not
     * reservations). One query, whatever the window holds. Waits for ledger writers in flight
     * first, so a window once read never gains a row later.
     */
    List<MovementRow> stockMovements(java.util.Set<MerchantId> merchants, WarehouseId warehouse, java.time.Instant from,
                                     java.time.Instant to) {
        gate.awaitWriters();
        if (merchants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.id, m.product_id, m.type, m.on_hand_delta, m.reason, m.note, m.reference_type, m.reference_id, m.occurred_at
                from inventory_movement m
                join inventory_balance b on b.id = m.balance_id
                where m.warehouse_id = :w and m.merchant_id in (:merchants) and m.occurred_at >= :from and m.occurred_at < :to
                  and m.on_hand_delta <> 0 and b.condition = 'OK' and m.type in (:types)
                order by m.occurred_at, m.id""")
                .param("w", warehouse.value())
                .param("merchants", merchants.stream().map(MerchantId::value).toList())
                .param("types", MovementType.stockLevelChanges().stream().map(Enum::name).toList())
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new MovementRow(rs.getLong(1), new ProductId(rs.getLong(2)), MovementType.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getString(7) == null ? null : new StockReference(rs.getString(7), rs.getLong(8)),
                        rs.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** One ledger row as read for a report, before its product and document are named. */
    record MovementRow(long sequence, ProductId product, MovementType type, int onHandDelta, String reason, String note,
                       StockReference reference, java.time.Instant occurredAt) {
    }

    /** Units on hand that can be sold: ok, in storage (reserved included: they are still here). */
    int sellableOnHand(MerchantId merchant, WarehouseId warehouse, ProductId product) {
        return jdbc.sql("""
                select coalesce(sum(b.on_hand), 0) from inventory_balance b join storage_section s on s.id = b.section_id
                where b.merchant_id = :m and b.warehouse_id = :w and b.product_id = :p and b.condition = 'OK' and s.kind = 'STORAGE'""")
                .param("m", merchant.value()).param("w", warehouse.value()).param("p", product.value())
                .query(Integer.class).single();
    }

    List<Balance> findInSection(WarehouseId warehouse, StorageSectionId section) {
        return jdbc.sql("select * from inventory_balance where warehouse_id = :w and section_id = :s order by product_id, id")
                .param("w", warehouse.value()).param("s", section.value()).query(BalanceRepository::map).list();
    }

    List<Balance> findInSection(WarehouseId warehouse, StorageSectionId section, Keyset page) {
        return jdbc.sql("select * from inventory_balance where warehouse_id = :w and section_id = :s and id > :after order by id limit :limit")
                .param("w", warehouse.value()).param("s", section.value()).param("after", page.after()).param("limit", page.limit())
                .query(BalanceRepository::map).list();
    }

    List<Balance> findInWarehouse(WarehouseId warehouse, ProductId product, Keyset page) {
        return jdbc.sql("""
                select * from inventory_balance where warehouse_id = :w and product_id = :p and on_hand > 0
                  and id > :after order by id limit :limit""")
                .param("w", warehouse.value()).param("p", product.value()).param("after", page.after()).param("limit", page.limit())
                .query(BalanceRepository::map).list();
    }

    /** The owner's rows with units on hand in storage sections (not at the dock), a page in id order. */
    List<Balance> findStockedByOwner(MerchantId merchant, WarehouseId warehouse, Keyset page) {
        return jdbc.sql("""
                select b.* from inventory_balance b join storage_section s on s.id = b.section_id
                where b.merchant_id = :m and b.warehouse_id = :w and b.on_hand > 0 and s.kind = 'STORAGE'
                  and b.id > :after order by b.id limit :limit""")
                .param("m", merchant.value()).param("w", warehouse.value()).param("after", page.after()).param("limit", page.limit())
                .query(BalanceRepository::map).list();
    }

    List<Balance> findInWarehouse(WarehouseId warehouse, ProductId product) {
        return jdbc.sql("select * from inventory_balance where warehouse_id = :w and product_id = :p and on_hand > 0 order by id")
                .param("w", warehouse.value()).param("p", product.value()).query(BalanceRepository::map).list();
    }

    void deleteReservations(StockReference reference) {
        jdbc.sql("delete from stock_reservation where reference_type = :t and reference_id = :r")
                .param("t", reference.type()).param("r", reference.id()).update();
    }

    Optional<Balance> find(long id) {
        return jdbc.sql("select * from inventory_balance where id = :id").param("id", id).query(BalanceRepository::map).optional();
    }

    List<Balance> candidates(MerchantId merchant, WarehouseId warehouse, ProductId product) {
        return jdbc.sql("""
                select b.* from inventory_balance b join storage_section s on s.id = b.section_id
                where b.merchant_id = :m and b.warehouse_id = :w and b.product_id = :p and b.condition = 'OK'
                  and b.on_hand > b.reserved and s.kind = 'STORAGE'
                order by b.expiry asc nulls last, b.id""")
                .param("m", merchant.value()).param("w", warehouse.value()).param("p", product.value())
                .query(BalanceRepository::map).list();
    }

    List<Balance> findByOwner(MerchantId merchant, WarehouseId warehouse) {
        return jdbc.sql("select * from inventory_balance where merchant_id = :m and warehouse_id = :w order by product_id, id")
                .param("m", merchant.value()).param("w", warehouse.value())
                .query(BalanceRepository::map).list();
    }

    List<LedgerDiscrepancy> discrepancies() {
        return jdbc.sql("""
                select b.id, b.on_hand, b.reserved,
                       coalesce(l.on_hand, 0) as ledger_on_hand, coalesce(l.reserved, 0) as ledger_reserved,
                       coalesce(r.held, 0) as held
                from inventory_balance b
                left join (select balance_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved
                           from inventory_movement group by balance_id) l on l.balance_id = b.id
                left join (select balance_id, sum(quantity) as held from stock_reservation group by balance_id) r
                       on r.balance_id = b.id
                where b.on_hand <> coalesce(l.on_hand, 0) or b.reserved <> coalesce(l.reserved, 0)
                   or b.reserved <> coalesce(r.held, 0)
                order by b.id""")
                .query((rs, n) -> new LedgerDiscrepancy(rs.getLong(1), rs.getInt(2), rs.getInt(4), rs.getInt(3),
                        rs.getInt(5), rs.getInt(6)))
                .list();
    }

    private static Balance map(ResultSet rs, int row) throws SQLException {
        return new Balance(rs.getLong("id"), new MerchantId(rs.getLong("merchant_id")), new WarehouseId(rs.getLong("warehouse_id")),
                new ProductId(rs.getLong("product_id")), new StorageSectionId(rs.getLong("section_id")),
                Condition.valueOf(rs.getString("condition")), rs.getString("parcel_type"), rs.getString("lot"),
                rs.getObject("expiry", java.time.LocalDate.class), rs.getInt("on_hand"), rs.getInt("reserved"));
    }
}
