package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Keyset;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock balances and the movement ledger. Every change of a balance is written here together
 * with its ledger row, in the caller's transaction.
 */
@Service
public class Inventory {

    private final BalanceRepository balances;
    private final ApplicationEventPublisher events;

    Inventory(BalanceRepository balances, ApplicationEventPublisher events) {
        this.balances = balances;
        this.events = events;
    }

    /** Tells listeners (the Logistics API's Inventory.Adjusted) about an adjustment row just written. */
    private void adjusted(long balanceId, int quantity, String reason, String actor) {
        balances.find(balanceId).ifPresent(b -> events.publishEvent(
                new StockAdjusted(b.merchant(), b.warehouse(), b.product(), b.condition(), quantity, reason, actor)));
    }

    /** Units arriving (receipt, return, found): on hand goes up. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(StockKey key, int quantity, MovementType type, StockReference reference, String reason, String actor) {
        requirePositive(quantity);
        long balanceId = balances.findOrCreate(key);
        balances.changeOnHand(balanceId, quantity);
        balances.record(balanceId, type, quantity, 0, reason, reference, actor);
        return balanceId;
    }

    /** An adjustment up (found, counted more): on hand goes up, with the reason and note on the ledger row. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long adjustUp(StockKey key, int quantity, String reason, String note, String actor) {
        requirePositive(quantity);
        long balanceId = balances.findOrCreate(key);
        balances.changeOnHand(balanceId, quantity);
        balances.record(balanceId, MovementType.ADJUSTMENT, quantity, 0, reason, note, null, actor);
        adjusted(balanceId, quantity, reason, actor);
        return balanceId;
    }

    /** An adjustment down (lost, damaged, counted fewer): never below what is reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void adjustDown(long balanceId, int quantity, String reason, String note, String actor) {
        requirePositive(quantity);
        if (!balances.takeUnreserved(balanceId, quantity)) {
            throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity",
                    "only " + balances.find(balanceId).map(Balance::unreserved).orElse(0) + " unreserved units in stock row " + balanceId);
        }
        balances.record(balanceId, MovementType.ADJUSTMENT, -quantity, 0, reason, note, null, actor);
        adjusted(balanceId, -quantity, reason, actor);
    }

    /** Units leaving without an order (loss, damage write-off): never below what is reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(long balanceId, int quantity, MovementType type, StockReference reference, String reason, String actor) {
        requirePositive(quantity);
        if (!balances.takeUnreserved(balanceId, quantity)) {
            throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity",
                    "only " + balances.find(balanceId).map(Balance::available).orElse(0) + " unreserved units in stock row " + balanceId);
        }
        balances.record(balanceId, type, -quantity, 0, reason, reference, actor);
    }

    /** Plans made and taken before a reservation that keeps losing rows to concurrent orders gives up. */
    private static final int ATTEMPTS = 3;

    /**
     * Reserves every demand or none, from the rows read now. See
     * {@link #reserve(StockReference, MerchantId, WarehouseId, List, String, StockCandidates)}.
     */
    // A shortage leaves nothing held: the caller may catch it and carry on with its transaction.
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = RuleViolation.class)
    public void reserve(StockReference reference, MerchantId merchant, WarehouseId warehouse, List<StockDemand> demands, String actor) {
        reserve(reference, merchant, warehouse, demands, actor, null);
    }

    /**
     * Reserves every demand or none, touching the stock rows last. The units are planned from
     * {@code known} (the rows read for this order already; null: read them now), the reservations
     * and their ledger rows are written, and only then is every row taken, each with its
     * conditional update ({@code on_hand - reserved >= q}), all in one round-trip and in ascending
     * id order: two orders cannot lock rows crosswise, and a hot row stays locked only for what is
     * left of the transaction. A row that lost its units to a concurrent order meanwhile undoes the
     * attempt (units given back, RELEASE rows in the ledger) and the plan is made again from fresh
     * rows. A shortage throws with nothing held.
     */
    // A shortage leaves nothing held: the caller may catch it and carry on with its transaction.
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = RuleViolation.class)
    public void reserve(StockReference reference, MerchantId merchant, WarehouseId warehouse, List<StockDemand> demands, String actor,
                        StockCandidates known) {
        demands.forEach(d -> requirePositive(d.quantity()));
        var products = demands.stream().filter(d -> d.balanceId() == null).map(StockDemand::product).distinct().toList();
        var stock = known;
        RuleViolation shortage = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var named = namedRows(merchant, warehouse, demands);
            if (stock == null) {
                stock = candidates(merchant, warehouse, products);
            }
            var plan = plan(warehouse, demands, stock, named);
            if (plan.shortage() != null) {
                if (stock == known && known != null) {
                    // The rows were read a moment ago for this order; a shortage is worth one fresh look.
                    stock = null;
                    continue;
                }
                throw plan.shortage();
            }
            balances.insertReservations(reference, plan.holds());
            balances.recordAll(plan.holds(), MovementType.RESERVE, 1, reference, actor);
            var rows = plan.perRow();
            var taken = balances.takeReservations(rows);
            var given = new java.util.TreeMap<Long, Integer>();
            int i = 0;
            for (var row : rows.entrySet()) {
                if (taken[i++]) {
                    given.put(row.getKey(), row.getValue());
                }
            }
            if (given.size() == rows.size()) {
                return;
            }
            // A concurrent order took units of a row after it was read: undo this attempt, look again.
            if (!given.isEmpty()) {
                balances.giveBack(given);
            }
            balances.recordAll(plan.holds(), MovementType.RELEASE, -1, reference, actor);
            balances.deleteReservations(reference, plan.holds());
            stock = null;
            shortage = new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "lines",
                    "the units were taken by other orders while this one was placed");
        }
        throw shortage;
    }

    /** Which rows give how many units to which line; or the first line that cannot be served. */
    private record Plan(List<BalanceRepository.Hold> holds, RuleViolation shortage) {

        /** Units per row, in ascending row id: the order the rows are locked in. */
        java.util.SortedMap<Long, Integer> perRow() {
            var rows = new java.util.TreeMap<Long, Integer>();
            holds.forEach(h -> rows.merge(h.balanceId(), h.quantity(), Integer::sum));
            return rows;
        }
    }

    private static Plan plan(WarehouseId warehouse, List<StockDemand> demands, StockCandidates stock, java.util.Map<Long, Balance> named) {
        var free = new java.util.HashMap<Long, Integer>();
        var holds = new java.util.ArrayList<BalanceRepository.Hold>();
        var ordered = demands.stream().sorted(Comparator.comparingLong((StockDemand d) -> d.product().value())
                .thenComparingInt(StockDemand::index)).toList();
        for (var demand : ordered) {
            var rows = demand.balanceId() != null ? List.of(named.get(demand.balanceId())) : stock.of(warehouse, demand.product());
            int remaining = demand.quantity();
            for (var row : rows) {
                int left = free.computeIfAbsent(row.id(), id -> row.available());
                int take = Math.min(left, remaining);
                if (take > 0) {
                    holds.add(new BalanceRepository.Hold(row.id(), demand.lineId(), take));
                    free.put(row.id(), left - take);
                    remaining -= take;
                }
                if (remaining == 0) {
                    break;
                }
            }
            if (remaining > 0) {
                return new Plan(holds, shortage("lines[" + demand.index() + "]", demand, demand.quantity() - remaining));
            }
        }
        return new Plan(holds, null);
    }

    /** The rows that demands name, each the merchant's own in this warehouse, of the line's product, with sound units. */
    private java.util.Map<Long, Balance> namedRows(MerchantId merchant, WarehouseId warehouse, List<StockDemand> demands) {
        var named = new java.util.HashMap<Long, Balance>();
        for (var demand : demands) {
            if (demand.balanceId() == null) {
                continue;
            }
            var field = "lines[" + demand.index() + "]";
            var row = balances.find(demand.balanceId())
                    .filter(b -> b.merchant().equals(merchant) && b.warehouse().equals(warehouse))
                    .orElseThrow(() -> new NotFound(field + ".stockRow", "stock row " + demand.balanceId() + " not found"));
            if (!row.product().equals(demand.product())) {
                throw new InvalidInput(field + ".stockRow", "stock row " + row.id() + " holds another product");
            }
            if (row.condition() != Condition.OK) {
                throw new InvalidInput(field + ".stockRow", "stock row " + row.id() + " holds damaged units");
            }
            named.put(row.id(), row);
        }
        return named;
    }

    /** The rows orders of these products may draw from, in one warehouse or in all (null): one query. */
    public StockCandidates candidates(MerchantId merchant, WarehouseId warehouse, java.util.Collection<ProductId> products) {
        return new StockCandidates(balances.candidates(merchant, warehouse, products));
    }

    /** Gives back everything held for the reference (cancel): reserved goes down, on hand stays. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(StockReference reference, String actor) {
        for (var held : balances.reservations(reference)) {
            balances.changeReserved(held.balanceId(), -held.quantity());
            balances.record(held.balanceId(), MovementType.RELEASE, 0, -held.quantity(), null, reference, actor);
        }
        balances.deleteReservations(reference);
    }

    /** The reserved units leave the building: on hand and reserved both go down. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ship(StockReference reference, String actor) {
        for (var held : balances.reservations(reference)) {
            balances.consume(held.balanceId(), held.quantity());
            balances.record(held.balanceId(), MovementType.SHIP, -held.quantity(), -held.quantity(), null, reference, actor);
        }
        balances.deleteReservations(reference);
    }

    public List<Balance> balancesOf(MerchantId merchant, WarehouseId warehouse) {
        return balances.findByOwner(merchant, warehouse);
    }

    public Optional<Balance> balance(long id) {
        return balances.find(id);
    }

    public int available(MerchantId merchant, WarehouseId warehouse, ProductId product) {
        return balances.candidates(merchant, warehouse, product).stream().mapToInt(Balance::available).sum();
    }

    /** Units held for the reference, per order line id. */
    public int reservedFor(StockReference reference) {
        return balances.reservations(reference).stream().mapToInt(Reservation::quantity).sum();
    }

    public List<Reservation> reservations(StockReference reference) {
        return balances.reservations(reference);
    }

    /**
     * Moves unreserved units from one row to the row of another key (another section, another
     * condition): one ledger row out, one in, both of the given type.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long transfer(long fromBalanceId, StockKey to, int quantity, MovementType type, String reason,
                         StockReference reference, String actor) {
        remove(fromBalanceId, quantity, type, reference, reason, actor);
        return add(to, quantity, type, reference, reason, actor);
    }

    /**
     * Units held for an order that are not there after all (a short pick): the hold shrinks and
     * the units are written off, in one ADJUSTMENT row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int writeOffReserved(StockReference reference, long balanceId, int quantity, String reason, String actor) {
        requirePositive(quantity);
        int shrunk = balances.shrinkReservation(reference, balanceId, quantity);
        if (shrunk > 0) {
            balances.consume(balanceId, shrunk);
            balances.record(balanceId, MovementType.ADJUSTMENT, -shrunk, -shrunk, reason, reference, actor);
            adjusted(balanceId, -shrunk, reason, actor);
        }
        return shrunk;
    }

    /** Reserves as many of the demand's units as there are, up to all of them; never throws for shortage. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reserveUpTo(StockReference reference, MerchantId merchant, WarehouseId warehouse, StockDemand demand, String actor) {
        int remaining = demand.quantity();
        for (var row : balances.candidates(merchant, warehouse, demand.product())) {
            int take = Math.min(row.available(), remaining);
            if (take > 0 && balances.takeReservation(row.id(), take)) {
                hold(reference, demand, row.id(), take, actor);
                remaining -= take;
            }
            if (remaining == 0) {
                break;
            }
        }
        return demand.quantity() - remaining;
    }

    /** Reserves units from one named row (goods received for one order). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserveFrom(StockReference reference, long balanceId, long lineId, ProductId product, int quantity, String actor) {
        if (!balances.takeReservation(balanceId, quantity)) {
            throw new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, "quantity", "stock row " + balanceId + " cannot hold " + quantity);
        }
        hold(reference, new StockDemand(0, lineId, product, balanceId, quantity), balanceId, quantity, actor);
    }

    /** A product's units across all warehouses: on hand, and of those, available to sell. */
    public record Totals(int onHand, int available) {
        public int unavailable() {
            return onHand - available;
        }
    }

    public Totals totals(MerchantId merchant, ProductId product) {
        var totals = balances.totals(merchant, product);
        return new Totals(totals[0], totals[1]);
    }

    /** One product's units in one warehouse. */
    public record WarehouseTotals(ProductId product, WarehouseId warehouse, Totals totals) {
    }

    /**
     * {@link #totals} of many products at once, per warehouse, in one set-based query (a page of a
     * listing costs one query, however many products it holds). Products with no stock row are absent.
     */
    public List<WarehouseTotals> totalsByWarehouse(MerchantId merchant, java.util.Collection<ProductId> products) {
        return balances.totalsByWarehouse(merchant, products).stream()
                .map(r -> new WarehouseTotals(new ProductId(r[0]), new WarehouseId(r[1]), new Totals((int) r[2], (int) r[3])))
                .toList();
    }

    public int sellableOnHand(MerchantId merchant, WarehouseId warehouse, ProductId product) {
        return balances.sellableOnHand(merchant, warehouse, product);
    }

    /** Which of the products the merchant ever had units of (a stock-out, not a product never sent in): one query. */
    public java.util.Set<ProductId> everHeld(MerchantId merchant, java.util.Collection<ProductId> products) {
        return balances.everHeld(merchant, products);
    }

    public List<Balance> balancesInSection(WarehouseId warehouse, dev.wharf.warehouse.StorageSectionId section) {
        return balances.findInSection(warehouse, section);
    }

    public List<Balance> balancesOfProduct(WarehouseId warehouse, ProductId product) {
        return balances.findInWarehouse(warehouse, product);
    }

    /** A page of a section's rows, in id order. */
    public List<Balance> balancesInSection(WarehouseId warehouse, dev.wharf.warehouse.StorageSectionId section, Keyset page) {
        return balances.findInSection(warehouse, section, page);
    }

    /** A page of the warehouse's rows of a product holding units, in id order. */
    public List<Balance> balancesOfProduct(WarehouseId warehouse, ProductId product, Keyset page) {
        return balances.findInWarehouse(warehouse, product, page);
    }

    /** A page of the owner's rows holding units in storage (put away, not at the dock), in id order. */
    public List<Balance> stockedBalancesOf(MerchantId merchant, WarehouseId warehouse, Keyset page) {
        return balances.findStockedByOwner(merchant, warehouse, page);
    }

    /** Every balance row whose quantities differ from its ledger or its reservations; empty when all agree. */
    public List<LedgerDiscrepancy> ledgerDiscrepancies() {
        return balances.discrepancies();
    }

    private void hold(StockReference reference, StockDemand demand, long balanceId, int quantity, String actor) {
        balances.insertReservation(balanceId, reference, demand.lineId(), quantity);
        balances.record(balanceId, MovementType.RESERVE, 0, quantity, null, reference, actor);
    }

    private static RuleViolation shortage(String field, StockDemand demand, int available) {
        return new RuleViolation(RuleViolation.Kind.INSUFFICIENT_STOCK, field + ".quantity",
                "only " + Math.max(available, 0) + " units of product " + demand.product().value()
                        + " are available, " + demand.quantity() + " requested");
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new InvalidInput("quantity", "must be greater than 0");
        }
    }
}
