package dev.wharf.outbound;

import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The carrier's daily pickup: packages are scanned onto the carrier's manifest for the
 * warehouse's calendar day, and closing the manifest ships every order whose packages are all on
 * it, through {@link ShippingOrder}, each order in a transaction of its own so one refusal (say, no
 * rate) does not hold back the others. Closing again ships what is still due and nothing twice.
 */
@Service
public class Manifesting {

    private final ManifestRepository manifests;
    private final OrderSearchRepository packagesByReference;
    private final OrderReader reader;
    private final ShippingOrder shipping;
    private final Warehouses warehouses;
    private final TimeSource time;
    private final TransactionTemplate transaction;

    Manifesting(ManifestRepository manifests, OrderSearchRepository packagesByReference, OrderReader reader, ShippingOrder shipping,
                Warehouses warehouses, TimeSource time, PlatformTransactionManager transactions) {
        this.manifests = manifests;
        this.packagesByReference = packagesByReference;
        this.reader = reader;
        this.shipping = shipping;
        this.warehouses = warehouses;
        this.time = time;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Scans a labelled package (by id or tracking number) onto today's manifest of its carrier; scanning it again changes nothing. */
    public ManifestView scan(WarehouseId warehouse, String carrier, String packageReference, String actor) {
        var key = carrierKey(carrier);
        var day = today(warehouse);
        return transaction.execute(status -> {
            var found = packagesByReference.packageByReference(warehouse.value(), packageReference == null ? "" : packageReference.strip())
                    .orElseThrow(() -> new NotFound("package", "no package " + packageReference + " here"));
            long packageId = found[0];
            var order = reader.require(found[1]);
            var pkg = order.packages().stream().filter(p -> p.id() == packageId).findFirst().orElseThrow();
            if (pkg.carrier() == null || !carrierKey(pkg.carrier()).equals(key)) {
                throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "package " + packageId + " goes with "
                        + pkg.carrier() + ", not " + carrier.strip());
            }
            manifests.lockWarehouse(warehouse.value());
            var head = manifests.find(warehouse.value(), key, day, true).orElseGet(() -> {
                manifests.insert(warehouse.value(), key, day);
                return manifests.find(warehouse.value(), key, day, true).orElseThrow();
            });
            var on = manifests.manifestOf(packageId);
            if (on.isPresent() && on.get() == head.id()) {
                return view(warehouse, key, day);
            }
            if (head.status() == ManifestView.Status.CLOSED) {
                throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "carrier", "today's " + key + " manifest is closed");
            }
            if (on.isPresent()) {
                throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "package " + packageId
                        + " is on another manifest already");
            }
            if (pkg.status() != PackageView.Status.LABELLED) {
                throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package", "package " + packageId + " is " + pkg.status()
                        + "; only a labelled package that has not shipped goes on a manifest");
            }
            manifests.add(head.id(), packageId, order.id().value(), actor);
            return view(warehouse, key, day);
        });
    }

    /** The carrier's manifest for a day of the warehouse's calendar (today when null); empty and open if nothing was scanned. */
    public ManifestView find(WarehouseId warehouse, String carrier, LocalDate day) {
        return view(warehouse, carrierKey(carrier), day == null ? today(warehouse) : day);
    }

    /**
     * Closes today's manifest of the carrier (no more packages) and ships each order whose
     * packages are all on it. Idempotent: closing a closed manifest ships what is still due.
     */
    public ManifestView close(WarehouseId warehouse, String carrier, String actor) {
        var key = carrierKey(carrier);
        var day = today(warehouse);
        var head = transaction.execute(status -> {
            var found = manifests.find(warehouse.value(), key, day, true)
                    .orElseThrow(() -> new NotFound("carrier", "nothing was scanned onto today's " + key + " manifest"));
            manifests.close(found.id(), actor);
            return found;
        });
        var reasons = new java.util.HashMap<Long, String>();
        for (long orderId : manifests.ordersComplete(head.id())) {
            var order = reader.require(orderId);
            if (order.status() != OrderStatus.PACKED) {
                continue;
            }
            try {
                shipping.ship(warehouse, order.id(), actor);
            } catch (RuleViolation | InvalidInput refused) {
                if (reader.require(orderId).status() != OrderStatus.SHIPPED) {
                    reasons.put(orderId, refused.getMessage());
                }
            }
        }
        var closed = view(warehouse, key, day);
        var outcomes = closed.orders().stream()
                .map(o -> reasons.containsKey(o.order().value()) ? new ManifestView.Outcome(o.order(), o.result(), reasons.get(o.order().value())) : o)
                .toList();
        return new ManifestView(closed.id(), closed.carrier(), closed.day(), closed.status(), closed.closedAt(), closed.closedBy(),
                closed.packages(), outcomes);
    }

    private ManifestView view(WarehouseId warehouse, String key, LocalDate day) {
        var head = manifests.find(warehouse.value(), key, day, false);
        if (head.isEmpty()) {
            return new ManifestView(null, key, day, ManifestView.Status.OPEN, null, null, List.of(), List.of());
        }
        var h = head.get();
        var entries = manifests.entries(h.id());
        var complete = manifests.ordersComplete(h.id());
        var outcomes = new ArrayList<ManifestView.Outcome>();
        entries.stream().map(ManifestView.Entry::order).distinct().forEach(order -> {
            var status = reader.require(order.value()).status();
            var result = status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED ? ManifestView.Result.SHIPPED
                    : !complete.contains(order.value()) ? ManifestView.Result.WAITING
                    : h.status() == ManifestView.Status.CLOSED ? ManifestView.Result.REFUSED : null;
            if (result != null) {
                outcomes.add(new ManifestView.Outcome(order, result, null));
            }
        });
        return new ManifestView(h.id(), h.carrier(), h.day(), h.status(), h.closedAt(), h.closedBy(), entries, outcomes);
    }

    private LocalDate today(WarehouseId warehouse) {
        return time.now().atZone(warehouses.require("warehouse", warehouse).timezone()).toLocalDate();
    }

    /** Carriers are named in any case on labels and by the floor (Fedex, FEDEX): one manifest per carrier. */
    private static String carrierKey(String carrier) {
        if (carrier == null || carrier.isBlank() || carrier.strip().length() > 100) {
            throw new InvalidInput("carrier", "a carrier name of 1 to 100 characters is required");
        }
        return carrier.strip().toUpperCase(Locale.ROOT);
    }
}
