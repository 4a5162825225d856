package dev.wharf.billing;

import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.Warehouses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Storage from nightly snapshots. Once a day has ended at midnight in a warehouse's time zone, the
 * job snapshots each merchant's stock as it was at that midnight (units, cubic metres, sections) and
 * charges storage for the day from it, in one transaction per warehouse-day that first claims the
 * day ({@link StorageRepository#claim}). Days missed while no instance ran are caught up oldest first;
 * any number of instances may run it, and a day is never taken twice.
 */
@Service
public class NightlyStorage {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyStorage.class);

    private final Warehouses warehouses;
    private final StorageRepository storage;
    private final Charging charging;
    private final Clock clock;
    private final BillingSettings settings;
    private final TransactionTemplate transaction;
    private final String instance = "storage-" + UUID.randomUUID();

    NightlyStorage(Warehouses warehouses, StorageRepository storage, Charging charging, Clock clock, BillingSettings settings,
                   PlatformTransactionManager transactions) {
        this.warehouses = warehouses;
        this.storage = storage;
        this.charging = charging;
        this.clock = clock;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${wharf.billing.storage-interval:1m}", initialDelayString = "${wharf.billing.storage-interval:1m}")
    void onSchedule() {
        if (!settings.storageEnabled()) {
            return;
        }
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("nightly storage run failed; the next run catches up", e);
        }
    }

    /** Takes every ended day not yet taken, warehouse by warehouse; answers how many this instance took. */
    public int runOnce() {
        int taken = 0;
        for (var warehouse : warehouses.list()) {
            taken += catchUp(warehouse);
        }
        return taken;
    }

    private int catchUp(Warehouse warehouse) {
        var today = clock.instant().atZone(warehouse.timezone()).toLocalDate();
        var day = firstDayDue(warehouse, today);
        int taken = 0;
        for (; day != null && day.isBefore(today); day = day.plusDays(1)) {
            var current = day;
            if (Boolean.TRUE.equals(transaction.execute(status -> take(warehouse, current)))) {
                taken++;
            }
        }
        return taken;
    }

    /** The day after the last one taken; for a warehouse's first run, the day its stock first moved (within the catch-up limit). */
    private LocalDate firstDayDue(Warehouse warehouse, LocalDate today) {
        var last = storage.lastDayTaken(warehouse.id());
        if (last.isPresent()) {
            return last.get().plusDays(1);
        }
        var earliest = today.minusDays(settings.maxCatchUpDays());
        return storage.firstMovement(warehouse.id()).map(first -> first.atZone(warehouse.timezone()).toLocalDate())
                .map(first -> first.isBefore(earliest) ? earliest : first).orElse(null);
    }

    private boolean take(Warehouse warehouse, LocalDate day) {
        if (!storage.claim(warehouse.id(), day, instance, clock.instant())) {
            return false;
        }
        long started = System.nanoTime();
        var endOfDay = day.plusDays(1).atStartOfDay(warehouse.timezone()).toInstant();
        storage.snapshot(warehouse.id(), day, endOfDay);
        var snapshots = storage.snapshots(warehouse.id(), day);
        for (var snapshot : snapshots) {
            charging.charge(snapshot.merchant(), warehouse, day, ReferenceType.SNAPSHOT, snapshot.id(), null,
                    (card, currency) -> RatingPolicy.storage(card, snapshot.units(), snapshot.volumeM3(), snapshot.sections(), currency));
        }
        LOG.info("storage of warehouse {} for {}: {} merchants snapshotted and charged in {} ms", warehouse.code(), day, snapshots.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** The last day taken for the warehouse, if any (a month is closed only once its last day is). */
    LocalDate lastDayTaken(dev.wharf.warehouse.WarehouseId warehouse) {
        return storage.lastDayTaken(warehouse).orElse(null);
    }
}
