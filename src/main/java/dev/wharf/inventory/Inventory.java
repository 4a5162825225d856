package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    Inventory(BalanceRepository balances) {
        this.balances = balances;
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

    /**
     * Reserves every demand or none: each row is taken with one conditional update, so two
     * orders racing for the last unit cannot both win. A shortage throws, and the caller's
     * transaction rolls back whatever this call had reserved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(StockReference reference, MerchantId merchant, WarehouseId warehouse, List<StockDemand> demands, String actor) {
        // A fixed order of products keeps two multi-line orders from locking rows crosswise.
        var ordered = demands.stream().sorted(Comparator.comparingLong((StockDemand d) -> d.product().value())
                .thenComparingInt(StockDemand::index)).toList();
        for (var demand : ordered) {
            requirePositive(demand.quantity());
            if (demand.balanceId() != null) {
                reserveFromRow(reference, merchant, warehouse, demand, actor);
            } else {
                reserveAnywhere(reference, merchant, warehouse, demand, actor);
            }
        }
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
        return balances.reservations(reference).stream().mapToInt(BalanceRepository.Held::quantity).sum();
    }

    /** Every balance row whose quantities differ from its ledger or its reservations; empty when all agree. */
    public List<LedgerDiscrepancy> ledgerDiscrepancies() {
        return balances.discrepancies();
    }

    private void reserveFromRow(StockReference reference, MerchantId merchant, WarehouseId warehouse, StockDemand demand, String actor) {
        var field = "lines[" + demand.index() + "]";
        var row = balances.find(demand.balanceId())
                .filter(b -> b.merchant().equals(merchant) && b.warehouse().equals(warehouse))
                .orElseThrow(() -> new InvalidInput(field + ".stockRow", "stock row " + demand.balanceId() + " not found"));
        if (!row.product().equals(demand.product())) {
            throw new InvalidInput(field + ".stockRow", "stock row " + row.id() + " holds another product");
        }
        if (row.condition() != Condition.OK) {
            throw new InvalidInput(field + ".stockRow", "stock row " + row.id() + " holds damaged units");
        }
        if (!balances.takeReservation(row.id(), demand.quantity())) {
            throw shortage(field, demand, balances.find(row.id()).map(Balance::available).orElse(0));
        }
        hold(reference, demand, row.id(), demand.quantity(), actor);
    }

    private void reserveAnywhere(StockReference reference, MerchantId merchant, WarehouseId warehouse, StockDemand demand, String actor) {
        int remaining = demand.quantity();
        // Oldest stock first: balance rows are created in receipt order.
        for (var row : balances.candidates(merchant, warehouse, demand.product())) {
            int available = row.available();
            while (remaining > 0 && available > 0) {
                int take = Math.min(available, remaining);
                if (balances.takeReservation(row.id(), take)) {
                    hold(reference, demand, row.id(), take, actor);
                    remaining -= take;
                    break;
                }
                // Someone else took units from this row meanwhile: look again at what is left.
                available = balances.find(row.id()).map(Balance::available).orElse(0);
            }
            if (remaining == 0) {
                return;
            }
        }
        throw shortage("lines[" + demand.index() + "]", demand, demand.quantity() - remaining);
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
