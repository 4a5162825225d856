package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an action's priced lines in the caller's transaction: the rate card in force on the action's
 * day (in the warehouse's zone), the warehouse's currency, and the month it is billed in: its own, or
 * the first open one after it when that month is closed, as an adjustment.
 */
@Component
public class Charging {

    private final BillingLineRepository lines;
    private final RateCards rateCards;
    private final Warehouses warehouses;
    private final Clock clock;

    Charging(BillingLineRepository lines, RateCards rateCards, Warehouses warehouses, Clock clock) {
        this.lines = lines;
        this.rateCards = rateCards;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /** Today in the warehouse's calendar. */
    LocalDate today(Warehouse warehouse) {
        return clock.instant().atZone(warehouse.timezone()).toLocalDate();
    }

    /** Charges an action that happened now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int charge(MerchantId merchant, WarehouseId warehouseId, ReferenceType referenceType, long referenceId,
               Rating rating) {
        var warehouse = warehouses.require("warehouse", warehouseId);
        return charge(merchant, warehouse, today(warehouse), referenceType, referenceId, null, rating);
    }

    /** Charges an action of a given day (the nightly storage charges its night's day). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int charge(MerchantId merchant, Warehouse warehouse, LocalDate day, ReferenceType referenceType, long referenceId, String note,
               Rating rating) {
        var card = rateCards.inForce(warehouse.id(), merchant, day);
        var currency = warehouse.defaultCurrency();
        var month = billingMonth(warehouse.id(), day);
        var now = clock.instant();
        var details = new HashSet<String>();
        int written = 0;
        for (var rated : rating.lines(card, currency)) {
            // two lines of one type and document (two services of one name) stay apart
            var detail = rated.detail();
            for (int n = 2; !details.add(rated.type() + "/" + detail); n++) {
                detail = rated.detail() + " #" + n;
            }
            var line = new BillingLine(0, merchant, warehouse.id(), rated.type(), referenceType, referenceId, detail, rated.quantity(),
                    rated.unitPrice(), rated.amount(), currency, day, month, !month.equals(day.withDayOfMonth(1)), note, now);
            if (lines.insert(line)) {
                written++;
            }
        }
        return written;
    }

    /** How an action is priced under the card in force, in the warehouse's currency. */
    @FunctionalInterface
    public interface Rating {
        List<Rated> lines(RateCard card, String currency);
    }

    /** The month a line of this day is billed in: its own, or the first open one after it. */
    LocalDate billingMonth(WarehouseId warehouse, LocalDate day) {
        var month = day.withDayOfMonth(1);
        for (var closed : lines.closedFrom(warehouse, month)) {
            if (!closed.equals(month)) {
                break;
            }
            month = month.plusMonths(1);
        }
        return month;
    }
}
