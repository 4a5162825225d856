package dev.wharf.warehouse;

import dev.wharf.shared.Forbidden;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Keyset;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A page of all warehouses, in id order. */
    public List<Warehouse> list(Keyset page) {
        return repository.findAll(page);
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

    /** A page of the warehouse's active extra services, in id order. */
    public List<ServicePlanItem> servicePlanItems(WarehouseId warehouseId, Keyset page) {
        return repository.findServicePlanItems(warehouseId.value(), page);
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

    /**
     * An existing section of the warehouse: a code the floor typed or scanned must name a section
     * a supervisor created, never make one (a mistyped code would otherwise hold stock nobody finds).
     */
    public StorageSection requireSection(WarehouseId warehouseId, String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "a section code is required");
        }
        return repository.findSectionRow(warehouseId.value(), code.strip())
                .orElseThrow(() -> new InvalidInput(field, "no section " + code.strip() + " in this warehouse; a supervisor creates it first"));
    }

    /** A supervisor creates a storage section; its code is unique within the warehouse. */
    @Transactional
    public StorageSection createSection(WarehouseId warehouseId, String code, boolean bySupervisor) {
        if (!bySupervisor) {
            throw new Forbidden("role", "only a supervisor creates sections");
        }
        var clean = code == null ? "" : code.strip();
        if (clean.isEmpty() || clean.length() > 60 || !clean.chars().allMatch(c -> c > ' ' && c != 0x7f)) {
            throw new InvalidInput("code", "a section code is 1 to 60 characters without spaces");
        }
        if (clean.equals(StorageSection.RECEIVING_CODE)) {
            throw new InvalidInput("code", StorageSection.RECEIVING_CODE + " is the receiving dock's code");
        }
        if (repository.findSection(warehouseId.value(), clean).isPresent()) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "code", "section " + clean + " already exists in this warehouse");
        }
        repository.insertSection(warehouseId.value(), clean, StorageSection.Kind.STORAGE);
        return repository.findSectionRow(warehouseId.value(), clean).orElseThrow();
    }

    /** The warehouse's sections by code, a page at a time after the code {@code afterCode} (null: from the start). */
    public List<StorageSection> sections(WarehouseId warehouseId, String afterCode, int limit) {
        return repository.sections(warehouseId.value(), afterCode, limit);
    }

    public String sectionCode(StorageSectionId id) {
        return repository.sectionCode(id.value());
    }

    /** The codes of many sections in one read (for lists): by section. */
    public Map<StorageSectionId, String> sectionCodes(Collection<StorageSectionId> ids) {
        var codes = new HashMap<StorageSectionId, String>();
        repository.sectionCodes(ids.stream().map(StorageSectionId::value).distinct().toList())
                .forEach((id, code) -> codes.put(new StorageSectionId(id), code));
        return codes;
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
