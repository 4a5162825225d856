package dev.wharf.inbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.events.StatusChanged;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.MovementType;
import dev.wharf.inventory.StockKey;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.Warehouses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse receiving units against an inbound into a storage section. Receipts beyond
 * what was announced are recorded, not refused: the counts tell the discrepancy.
 */
@Service
public class ReceivingGoods {

    public static final String DEFAULT_PARCEL_TYPE = "Box";

    private final InboundRepository repository;
    private final Inventory inventory;
    private final Warehouses warehouses;
    private final ApplicationEventPublisher events;

    ReceivingGoods(InboundRepository repository, Inventory inventory, Warehouses warehouses, ApplicationEventPublisher events) {
        this.repository = repository;
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.events = events;
    }

    @Transactional
    public InboundView receive(InboundId id, ProductId product, int good, int damaged, String sectionCode, String actor) {
        if (good < 0 || damaged < 0 || good + damaged == 0) {
            throw new InvalidInput("quantity", "receive at least one unit, good or damaged");
        }
        var view = repository.find(id.value()).orElseThrow(() -> new NotFound("inbound", "inbound " + id.value() + " not found"));
        var inbound = repository.lock(id.value());
        var line = view.packages().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.product().equals(product)).findFirst()
                .orElseThrow(() -> new InvalidInput("product", "product " + product.value() + " is not on inbound " + view.number()));
        var section = warehouses.section(view.warehouse(), sectionCode);
        var reference = StockReference.inbound(id.value());
        if (good > 0) {
            inventory.add(new StockKey(view.merchant(), view.warehouse(), product, section, Condition.OK, DEFAULT_PARCEL_TYPE),
                    good, MovementType.RECEIVE, reference, null, actor);
        }
        if (damaged > 0) {
            inventory.add(new StockKey(view.merchant(), view.warehouse(), product, section, Condition.DAMAGED, DEFAULT_PARCEL_TYPE),
                    damaged, MovementType.RECEIVE, reference, "DAMAGED", actor);
        }
        repository.addReceived(line.id(), good, damaged, good);
        var after = repository.find(id.value()).orElseThrow();
        boolean complete = after.packages().stream().flatMap(p -> p.lines().stream())
                .allMatch(l -> l.good() + l.damaged() >= l.expected());
        var previous = inbound.received(complete);
        if (previous != inbound.status()) {
            repository.updateStatus(id.value(), inbound.status());
            events.publishEvent(new StatusChanged("INBOUND", id.value(), previous.name(), inbound.status().name(), actor));
        }
        return repository.find(id.value()).orElseThrow();
    }
}
