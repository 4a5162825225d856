package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting a section: what is there against what the balances say. Differences become
 * CYCLE_COUNT adjustments. A difference above the threshold needs a supervisor: counted by an
 * operator, the count waits for approval and changes nothing until then.
 */
@Service
public class CycleCounts {

    /** One product and condition as counted; products in the section but not listed count as zero. */
    public record Counted(ProductId product, Condition condition, int counted) {
    }

    public record Line(ProductId product, Condition condition, int expected, int counted) {
        public int difference() {
            return counted - expected;
        }
    }

    public record CountView(long id, WarehouseId warehouse, String section, Status status, String countedBy, String approvedBy,
                            List<Line> lines) {
    }

    public enum Status { APPLIED, PENDING_APPROVAL }

    private final Inventory inventory;
    private final StockControl control;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final TimeSource time;
    private final CountApprovalPolicy approval;

    CycleCounts(Inventory inventory, StockControl control, Warehouses warehouses, Catalog catalog, JdbcClient jdbc, TimeSource time,
                CycleCountSettings settings) {
        this.inventory = inventory;
        this.control = control;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.time = time;
        this.approval = new CountApprovalPolicy(settings.cycleCountApprovalThreshold());
    }

    @Transactional
    public CountView count(WarehouseId warehouse, String section, List<Counted> counts, String actor, boolean supervisor) {
        var sectionRow = warehouses.findSection(warehouse, section == null ? "" : section)
                .orElseThrow(() -> new InvalidInput("section", "no section " + section + " in this warehouse"));
        if (counts == null) {
            throw new InvalidInput("counts", "is required (an empty list counts the section as empty)");
        }
        record Key(ProductId product, Condition condition) {
        }
        var expected = new HashMap<Key, Integer>();
        var reserved = new HashMap<Key, Integer>();
        var owners = new HashMap<ProductId, MerchantId>();
        for (var row : inventory.balancesInSection(warehouse, sectionRow.id())) {
            expected.merge(new Key(row.product(), row.condition()), row.onHand(), Integer::sum);
            reserved.merge(new Key(row.product(), row.condition()), row.reserved(), Integer::sum);
            owners.put(row.product(), row.merchant());
        }
        var counted = new HashMap<Key, Integer>();
        for (int i = 0; i < counts.size(); i++) {
            var c = counts.get(i);
            if (c.counted() < 0) {
                throw new InvalidInput("counts[" + i + "].counted", "must not be negative");
            }
            var field = "counts[" + i + "].productId";
            var product = catalog.findAny(c.product()).orElseThrow(() -> new NotFound(field, "product not found"));
            owners.putIfAbsent(c.product(), product.merchantId());
            counted.merge(new Key(c.product(), Objects.requireNonNullElse(c.condition(), Condition.OK)), c.counted(), Integer::sum);
        }
        // A stable order (product, then ok before damaged) so a count reads the same on every database.
        var keys = new java.util.TreeSet<Key>(java.util.Comparator.comparingLong((Key k) -> k.product().value())
                .thenComparing(Key::condition));
        keys.addAll(expected.keySet());
        keys.addAll(counted.keySet());
        var lines = new ArrayList<Line>();
        for (var key : keys) {
            int held = reserved.getOrDefault(key, 0);
            if (counted.getOrDefault(key, 0) < held) {
                // Units orders hold cannot vanish in a count: the orders must be re-allocated (a short pick) first.
                throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "counts",
                        held + " units of product " + key.product().value() + " here are reserved for orders; "
                                + "count after picking them or short-pick the orders");
            }
            lines.add(new Line(key.product(), key.condition(), expected.getOrDefault(key, 0), counted.getOrDefault(key, 0)));
        }
        boolean needsApproval = approval.needsApproval(lines, supervisor);
        var status = needsApproval ? Status.PENDING_APPROVAL : Status.APPLIED;
        var keysHolder = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into cycle_count (warehouse_id, section_id, status, counted_by, approved_by, created_at)
                values (:w, :s, :st, :by, :ap, :now)""")
                .param("w", warehouse.value()).param("s", sectionRow.id().value()).param("st", status.name())
                .param("by", actor).param("ap", needsApproval ? null : actor).param("now", time.nowUtc())
                .update(keysHolder, "id");
        long id = keysHolder.getKey().longValue();
        for (var line : lines) {
            jdbc.sql("""
                    insert into cycle_count_line (count_id, merchant_id, product_id, condition, expected, counted)
                    values (:c, :m, :p, :cond, :e, :n)""")
                    .param("c", id).param("m", owners.get(line.product()).value()).param("p", line.product().value())
                    .param("cond", line.condition().name()).param("e", line.expected()).param("n", line.counted()).update();
        }
        if (!needsApproval) {
            apply(warehouse, section, lines, id, actor);
        }
        return find(warehouse, id);
    }

    /** Applies a count that waited for approval; only a supervisor may (403 otherwise, before anything is read). */
    @Transactional
    public CountView approve(WarehouseId warehouse, long countId, String supervisor, boolean isSupervisor) {
        approval.requireApprover(isSupervisor);
        var count = find(warehouse, countId);
        if (count.status() != Status.PENDING_APPROVAL) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "count", "count " + countId + " is " + count.status());
        }
        jdbc.sql("update cycle_count set status = 'APPLIED', approved_by = :a where id = :id")
                .param("a", supervisor).param("id", countId).update();
        apply(warehouse, count.section(), count.lines(), countId, supervisor);
        return find(warehouse, countId);
    }

    public CountView find(WarehouseId warehouse, long id) {
        var lines = jdbc.sql("select product_id, condition, expected, counted from cycle_count_line where count_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Line(new ProductId(rs.getLong(1)), Condition.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4)))
                .list();
        return jdbc.sql("""
                select c.id, c.warehouse_id, s.code, c.status, c.counted_by, c.approved_by from cycle_count c
                join storage_section s on s.id = c.section_id where c.id = :id and c.warehouse_id = :w""")
                .param("id", id).param("w", warehouse.value())
                .query((rs, n) -> new CountView(rs.getLong(1), new WarehouseId(rs.getLong(2)), rs.getString(3),
                        Status.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), lines))
                .optional()
                .orElseThrow(() -> new NotFound("count", "cycle count " + id + " not found"));
    }

    /** Counts of this warehouse waiting for a supervisor, oldest first (two queries, whatever their number). */
    public List<CountView> pending(WarehouseId warehouse) {
        record Head(long id, String section, String countedBy) {
        }
        var heads = jdbc.sql("""
                select c.id, s.code, c.counted_by from cycle_count c join storage_section s on s.id = c.section_id
                where c.warehouse_id = :w and c.status = 'PENDING_APPROVAL' order by c.id""")
                .param("w", warehouse.value())
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var lines = new java.util.HashMap<Long, java.util.List<Line>>();
        jdbc.sql("select count_id, product_id, condition, expected, counted from cycle_count_line where count_id in (:ids) order by id")
                .param("ids", heads.stream().map(Head::id).toList())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> lines.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new Line(new ProductId(rs.getLong(2)), Condition.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5))));
        return heads.stream().map(h -> new CountView(h.id(), warehouse, h.section(), Status.PENDING_APPROVAL, h.countedBy(), null,
                lines.getOrDefault(h.id(), List.of()))).toList();
    }

    private void apply(WarehouseId warehouse, String section, List<Line> lines, long countId, String actor) {
        for (var line : lines) {
            if (line.difference() != 0) {
                control.adjust(warehouse, line.product(), section, line.condition(), line.difference(),
                        AdjustmentReason.CYCLE_COUNT, "cycle count " + countId, actor);
            }
        }
    }

}
