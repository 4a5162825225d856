package dev.wharf.inbound;

import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.MovementType;
import dev.wharf.inventory.StockKey;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.StorageSection;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse receiving units against an inbound. Receipts beyond what was announced, short
 * of it, or of products never announced are recorded, not refused: the lines show the
 * discrepancy. Units received at the dock are "received"; put away into storage, "stocked".
 */
@Service
public class ReceivingGoods {

    public static final String DEFAULT_PARCEL_TYPE = "Box";

    private final InboundRepository repository;
    private final Inventory inventory;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    ReceivingGoods(InboundRepository repository, Inventory inventory, Warehouses warehouses, Catalog catalog,
                   ApplicationEventPublisher events) {
        this.repository = repository;
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.events = events;
    }

    /** Receives straight into a section (a storage section means received and stocked at once). */
    @Transactional
    public InboundView receive(InboundId id, ProductId product, int good, int damaged, String sectionCode, String actor) {
        return receive(id, Receipt.of(product, good, damaged, sectionCode), actor);
    }

    @Transactional
    public InboundView receive(InboundId id, Receipt receipt, String actor) {
        if (receipt.good() < 0 || receipt.damaged() < 0 || receipt.good() + receipt.damaged() == 0) {
            throw new InvalidInput("good", "receive at least one unit, good or damaged, and no negative counts");
        }
        var view = repository.find(id.value()).orElseThrow(() -> new NotFound("inbound", "inbound " + id.value() + " not found"));
        var inbound = repository.lock(id.value());
        var product = catalog.findAny(receipt.product())
                .filter(p -> p.merchantId().equals(view.merchant()))
                .orElseThrow(() -> new NotFound("product", "product " + receipt.product().value() + " not found for this inbound's merchant"));
        if (product.tracksExpiry() && receipt.expiry() == null) {
            throw new InvalidInput("expiry", "product " + product.id().value() + " tracks expiry: the receipt must give it");
        }
        var lineId = view.lines().stream().filter(l -> l.product().equals(receipt.product())).findFirst()
                .map(InboundView.Line::id)
                .orElseGet(() -> repository.insertUnexpectedLine(id.value(), receipt.product()));
        var sectionId = receipt.section() == null || receipt.section().isBlank()
                ? warehouses.receivingSection(view.warehouse())
                : warehouses.section(view.warehouse(), receipt.section());
        var section = warehouses.findSection(view.warehouse(), warehouses.sectionCode(sectionId)).orElseThrow();
        var reference = StockReference.inbound(id.value());
        var key = new StockKey(view.merchant(), view.warehouse(), receipt.product(), sectionId, Condition.OK, DEFAULT_PARCEL_TYPE,
                receipt.lot(), receipt.expiry());
        if (receipt.good() > 0) {
            inventory.add(key, receipt.good(), MovementType.RECEIVE, reference, null, actor);
        }
        if (receipt.damaged() > 0) {
            inventory.add(key.as(Condition.DAMAGED), receipt.damaged(), MovementType.RECEIVE, reference, "DAMAGED", actor);
        }
        int stocked = section.kind() == StorageSection.Kind.STORAGE ? receipt.good() : 0;
        repository.addReceived(lineId, receipt.good(), receipt.damaged(), stocked);
        long receiptId = repository.insertReceipt(id.value(), lineId, receipt.product(), receipt.good(), receipt.damaged(), receipt.lot(),
                receipt.expiry(), sectionId.value(), actor);
        events.publishEvent(new GoodsReceived(receiptId, id, view.merchant(), view.warehouse(), receipt.product(), receipt.good(),
                receipt.damaged(), actor));
        if (receipt.weightKg() != null || receipt.lengthCm() != null) {
            catalog.recordMeasurements(receipt.product(), receipt.weightKg(), receipt.lengthCm(), receipt.widthCm(), receipt.heightCm());
        }
        var after = repository.find(id.value()).orElseThrow();
        boolean complete = after.lines().stream().filter(l -> !l.unexpected()).allMatch(l -> l.received() >= l.expected());
        var previous = inbound.received(complete);
        if (previous != inbound.status()) {
            repository.updateStatus(id.value(), inbound.status());
            events.publishEvent(InboundEvent.of(id, previous, inbound.status(), actor));
        }
        return repository.find(id.value()).orElseThrow();
    }

    /** Marks the inbound's goods as at the dock. */
    @Transactional
    public InboundView arrive(InboundId id, String actor) {
        return transition(id, Inbound::arrived, actor);
    }

    @Transactional
    public InboundView close(InboundId id, String actor) {
        return transition(id, Inbound::close, actor);
    }

    /** Open inbounds of every dialect expected at the warehouse. */
    public java.util.List<InboundView> expected(WarehouseId warehouse) {
        return repository.openIn(warehouse.value()).stream().map(i -> repository.find(i).orElseThrow()).toList();
    }

    /** Inbounds at the warehouse by number, tracking number, or a barcode/SKU of a product on them. */
    public java.util.List<InboundView> lookup(WarehouseId warehouse, String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidInput("q", "give an inbound number, tracking number or product barcode");
        }
        return repository.lookup(warehouse.value(), query.strip()).stream().map(i -> repository.find(i).orElseThrow()).toList();
    }

    /** An inbound as the warehouse sees it (no tenant: the caller checks the warehouse). */
    public java.util.Optional<InboundView> find(InboundId id) {
        return repository.find(id.value());
    }

    private InboundView transition(InboundId id, java.util.function.Function<Inbound, InboundStatus> change, String actor) {
        repository.find(id.value()).orElseThrow(() -> new NotFound("inbound", "inbound " + id.value() + " not found"));
        var inbound = repository.lock(id.value());
        var previous = change.apply(inbound);
        repository.updateStatus(id.value(), inbound.status());
        events.publishEvent(InboundEvent.of(id, previous, inbound.status(), actor));
        return repository.find(id.value()).orElseThrow();
    }
}
