package dev.wharf.inbound;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A merchant announcing, revising and cancelling inbound shipments. */
@Service
public class Inbounds {

    private final InboundRepository repository;
    private final Merchants merchants;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    Inbounds(InboundRepository repository, Merchants merchants, Warehouses warehouses, Catalog catalog,
             ApplicationEventPublisher events) {
        this.repository = repository;
        this.merchants = merchants;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.events = events;
    }

    /**
     * The warehouse an announcement goes to: the one it names (which must exist), else the
     * merchant's home warehouse, else the only one there is ({@link InboundDestination}).
     */
    public WarehouseId destination(Tenant tenant, MerchantId merchantId, String field, WarehouseId requested) {
        if (requested != null) {
            return warehouses.require(field, requested).id();
        }
        var merchant = merchants.require(tenant, "merchant", merchantId);
        return InboundDestination.choose(field, null, merchant.defaultWarehouseId(),
                warehouses.list().stream().map(w -> w.id()).toList());
    }

    @Transactional
    public InboundView announce(Tenant tenant, MerchantId merchantId, WarehouseId warehouseId, InboundDraft draft) {
        merchants.requireActive(tenant, "merchant", merchantId);
        warehouses.require("warehouse", warehouseId);
        check(tenant, merchantId, warehouseId, draft);
        if (draft.externalId() != null && repository.findByExternalId(merchantId.value(), draft.externalId()).isPresent()) {
            throw new dev.wharf.shared.RuleViolation(dev.wharf.shared.RuleViolation.Kind.DUPLICATE, "externalId",
                    "an inbound with id " + draft.externalId() + " already exists");
        }
        long id = repository.insert(merchantId, warehouseId, draft);
        repository.replacePackages(id, draft);
        events.publishEvent(new InboundAnnounced(new InboundId(id), null, "tenant:" + tenant.accountId().value()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public InboundView revise(Tenant tenant, InboundId id, InboundDraft draft) {
        var current = require(tenant, id);
        repository.lock(id.value()).revise();
        check(tenant, current.merchant(), current.warehouse(), draft);
        repository.replacePackages(id.value(), draft);
        return repository.find(id.value()).orElseThrow();
    }

    /**
     * A partial revision (the Logistics API's update): refused once anything happened to the
     * inbound ({@link Inbound#revise()}); the whole revision or nothing is written.
     */
    @Transactional
    public InboundView revise(Tenant tenant, InboundId id, InboundRevision revision) {
        var current = require(tenant, id);
        repository.lock(id.value()).revise();
        if (revision.packages() != null) {
            var draft = new InboundDraft(revision.packages());
            check(tenant, current.merchant(), current.warehouse(), draft);
            repository.replacePackages(id.value(), draft);
        }
        if (revision.trackNumber() != null) {
            repository.updateTrackNumbers(id.value(), revision.trackNumber());
        }
        if (revision.origin() != null) {
            repository.updateOrigin(id.value(), revision.origin());
        }
        return repository.find(id.value()).orElseThrow();
    }

    @Transactional
    public InboundView cancel(Tenant tenant, InboundId id) {
        require(tenant, id);
        var inbound = repository.lock(id.value());
        var previous = inbound.cancel();
        repository.updateStatus(id.value(), inbound.status());
        events.publishEvent(InboundEvent.of(id, previous, inbound.status(), "tenant:" + tenant.accountId().value()));
        return repository.find(id.value()).orElseThrow();
    }

    public Optional<InboundView> find(Tenant tenant, InboundId id) {
        return repository.find(id.value()).filter(i -> merchants.find(tenant, i.merchant()).isPresent());
    }

    /** The merchant's inbound by the platform's own id for it. */
    public Optional<InboundView> findByExternalId(Tenant tenant, MerchantId merchant, String externalId) {
        if (merchants.find(tenant, merchant).isEmpty()) {
            return Optional.empty();
        }
        return repository.findByExternalId(merchant.value(), externalId).flatMap(repository::find);
    }

    /** The merchant's inbounds a page at a time, oldest first; only those among {@code ids} when given (others are skipped). */
    public java.util.List<InboundView> page(Tenant tenant, MerchantId merchant, java.util.List<InboundId> ids, int limit, int offset) {
        if (merchants.find(tenant, merchant).isEmpty()) {
            return java.util.List.of();
        }
        return repository.findAll(repository.page(merchant.value(), ids == null ? null : ids.stream().map(InboundId::value).toList(),
                limit, offset));
    }

    public InboundView require(Tenant tenant, InboundId id) {
        return find(tenant, id).orElseThrow(() -> new NotFound("inbound", "inbound " + id.value() + " not found"));
    }

    private void check(Tenant tenant, MerchantId merchantId, WarehouseId warehouseId, InboundDraft draft) {
        if (draft.packages() == null || draft.packages().isEmpty()) {
            throw new InvalidInput("packages", "at least one package is required");
        }
        for (int p = 0; p < draft.packages().size(); p++) {
            var pkg = draft.packages().get(p);
            if (pkg.items() == null || pkg.items().isEmpty()) {
                throw new InvalidInput("packages[" + p + "].items", "at least one item is required");
            }
            for (int i = 0; i < pkg.items().size(); i++) {
                var item = pkg.items().get(i);
                var field = "packages[" + p + "].items[" + i + "]";
                if (item.quantity() <= 0) {
                    throw new InvalidInput(field + ".quantity", "must be greater than 0");
                }
                catalog.requireFor(tenant, field + ".product", item.product(), merchantId, warehouseId);
            }
        }
    }
}
