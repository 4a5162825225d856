package dev.wharf.returns;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.outbound.CarrierSettings;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.TrackingNumbers;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Returns as the merchant sees them: announced, listed, read and cancelled, always through the tenant that owns them. */
@Service
public class Returns {

    private final ReturnRepository repository;
    private final Merchants merchants;
    private final Catalog catalog;
    private final Orders orders;
    private final Warehouses warehouses;
    private final TrackingNumbers trackingNumbers;
    private final ReturnTransitions transitions;
    private final TimeSource time;
    private final String carrierName;

    Returns(ReturnRepository repository, Merchants merchants, Catalog catalog, Orders orders, Warehouses warehouses,
            TrackingNumbers trackingNumbers, ReturnTransitions transitions, TimeSource time,
            CarrierSettings carrier) {
        this.repository = repository;
        this.merchants = merchants;
        this.catalog = catalog;
        this.orders = orders;
        this.warehouses = warehouses;
        this.trackingNumbers = trackingNumbers;
        this.transitions = transitions;
        this.time = time;
        this.carrierName = carrier.name();
    }

    /**
     * Announces a return. Without the merchant's own label Wharf issues one with its built-in
     * carrier, which needs the address the parcel comes from.
     */
    @Transactional
    public CustomerReturn create(Tenant tenant, MerchantId merchantId, ReturnDraft draft) {
        var merchant = merchants.requireActive(tenant, "merchant", merchantId);
        if (draft.sourceAddress() == null && draft.externalLabel() == null) {
            throw new InvalidInput("sourceAddress", "is required unless externalLabel is given");
        }
        if (draft.items().isEmpty()) {
            throw new InvalidInput("returnItems", "name at least one item");
        }
        var items = new ArrayList<ReturnRepository.NewItem>();
        for (int i = 0; i < draft.items().size(); i++) {
            var item = draft.items().get(i);
            var field = "returnItems[" + i + "].identifier";
            var product = product(tenant, merchantId, item).orElseThrow(() -> new InvalidInput(field,
                    "no product with " + item.type() + " " + item.identifier()));
            items.add(new ReturnRepository.NewItem(item.identifier(), item.type(), product.id(), item.quantity()));
        }
        WarehouseId warehouse;
        if (draft.orderId() != null) {
            var order = orders.find(tenant, draft.orderId()).filter(o -> o.merchant().equals(merchantId))
                    .orElseThrow(() -> new InvalidInput("logisticsOrderId", "no order " + draft.orderId().value() + " of this merchant"));
            warehouse = order.warehouse();
        } else {
            warehouse = merchant.defaultWarehouseId() != null ? merchant.defaultWarehouseId()
                    : warehouses.list().stream().findFirst().map(w -> w.id())
                            .orElseThrow(() -> new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "warehouse", "no warehouse to return to"));
        }
        if (repository.externalIdTaken(merchantId, draft.externalReturnId())) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "externalReturnId",
                    "a return with externalReturnId " + draft.externalReturnId() + " already exists");
        }
        boolean wharfLabel = draft.externalLabel() == null;
        var label = wharfLabel ? new ReturnLabel(carrierName, trackingNumbers.next(), null, null) : draft.externalLabel();
        long id = repository.insert(merchantId, warehouse, draft.orderId(), draft.rma(), draft.externalReturnId(), draft.sourceAddress(),
                label, wharfLabel, items, time.now());
        transitions.created(new ReturnId(id), merchantId, "tenant:" + tenant.accountId().value());
        return repository.find(id).orElseThrow();
    }

    public Optional<CustomerReturn> find(Tenant tenant, ReturnId id) {
        return repository.find(id.value()).filter(r -> merchants.find(tenant, r.merchant()).isPresent());
    }

    /** For internal processes (billing), not tenant requests: the return regardless of owner. */
    public Optional<CustomerReturn> findAny(ReturnId id) {
        return repository.find(id.value());
    }

    public CustomerReturn require(Tenant tenant, ReturnId id) {
        return find(tenant, id).orElseThrow(() -> new NotFound("returnId", "return " + id.value() + " not found"));
    }

    /** What the list call filters on; null or empty means "any". */
    public record Filter(String externalReturnId, String rma, String trackingCode, List<ReturnStatus> statuses) {

        public Filter {
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
        }
    }

    /** A page of the merchant's returns after the one with id {@code afterId} (0 for the first page), oldest first. */
    public List<CustomerReturn> page(Tenant tenant, MerchantId merchant, Filter filter, long afterId, int limit) {
        merchants.require(tenant, "merchant", merchant);
        return repository.findAll(
                repository.page(merchant, filter.externalReturnId(), filter.rma(), filter.trackingCode(), filter.statuses(), afterId, limit));
    }

    /** Cancels a return the warehouse does not have yet; cancelling a cancelled return changes nothing. */
    @Transactional
    public CustomerReturn cancel(Tenant tenant, ReturnId id) {
        repository.lock(id.value());
        var r = require(tenant, id);
        if (r.cancellation()) {
            transitions.move(r, r.status(), ReturnStatus.CANCELLED, "tenant:" + tenant.accountId().value());
        }
        return repository.find(id.value()).orElseThrow();
    }

    private Optional<Product> product(Tenant tenant, MerchantId merchant, ReturnDraft.Item item) {
        return switch (item.type()) {
            case LOGISTICS_SKU -> catalog.findByLogisticsSku(tenant, merchant, item.identifier());
            case SKU -> catalog.findBySku(tenant, merchant, item.identifier());
        };
    }
}
