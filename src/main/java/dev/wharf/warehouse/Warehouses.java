package dev.wharf.warehouse;

import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Warehouses, their storage sections and their price lists. */
@Service
public class Warehouses {

    private final WarehouseRepository repository;

    Warehouses(WarehouseRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Warehouse create(NewWarehouse draft) {
        if (repository.findByCode(draft.code()).isPresent()) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "code", "a warehouse with code " + draft.code() + " already exists");
        }
        requireCurrency("defaultCurrency", draft.defaultCurrency());
        return repository.insert(draft);
    }

    public List<Warehouse> list() {
        return repository.findAll();
    }

    /**
     * A warehouse is never changed once created, so each instance keeps those it has read: every
     * order names or routes to one, and reading it again would be a round-trip for nothing.
     */
    private final java.util.Map<WarehouseId, Warehouse> known = new java.util.concurrent.ConcurrentHashMap<>();

    public Optional<Warehouse> find(WarehouseId id) {
        var warehouse = known.get(id);
        if (warehouse != null) {
            return Optional.of(warehouse);
        }
        var found = repository.findById(id.value());
        found.ifPresent(w -> known.put(id, w));
        return found;
    }

    public Warehouse require(String field, WarehouseId id) {
        return find(id).orElseThrow(() -> new NotFound(field, "warehouse " + id.value() + " not found"));
    }

    public Optional<Warehouse> findByCode(String code) {
        return repository.findByCode(code);
    }

    @Transactional
    public ServicePlanItem addServicePlanItem(WarehouseId warehouseId, String name, BigDecimal price, ServicePlanItem.Type type) {
        require("id", warehouseId);
        if (price.signum() < 0) {
            throw new InvalidInput("price", "must not be negative");
        }
        return repository.insertServicePlanItem(warehouseId, name, price, type);
    }

    public List<ServicePlanItem> servicePlanItems(WarehouseId warehouseId) {
        return repository.findServicePlanItems(warehouseId.value());
    }

    public Optional<ServicePlanItem> findServicePlanItem(long id) {
        return repository.findServicePlanItem(id);
    }

    /** The storage section with this code in the warehouse, created on first use. */
    @Transactional
    public StorageSectionId section(WarehouseId warehouseId, String code) {
        if (code == null || code.isBlank() || code.length() > 60) {
            throw new InvalidInput("section", "a section code of 1 to 60 characters is required");
        }
        return repository.findSection(warehouseId.value(), code)
                .orElseGet(() -> repository.insertSection(warehouseId.value(), code, StorageSection.Kind.STORAGE));
    }

    public String sectionCode(StorageSectionId id) {
        return repository.sectionCode(id.value());
    }

    /** The dock where received units wait to be put away; not sellable from there. */
    @Transactional
    public StorageSectionId receivingSection(WarehouseId warehouseId) {
        return repository.findSection(warehouseId.value(), StorageSection.RECEIVING_CODE)
                .orElseGet(() -> repository.insertSection(warehouseId.value(), StorageSection.RECEIVING_CODE,
                        StorageSection.Kind.RECEIVING));
    }

    public Optional<StorageSection> findSection(WarehouseId warehouseId, String code) {
        return repository.findSectionRow(warehouseId.value(), code);
    }

    public WarehouseCalendar calendar(WarehouseId id) {
        return new WarehouseCalendar(require("warehouse", id));
    }

    static void requireCurrency(String field, String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput(field, "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
