package dev.wharf.account;

import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Keyset;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Merchants, always seen through the tenant that owns them. */
@Service
public class Merchants {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final MerchantRepository repository;
    private final Warehouses warehouses;

    Merchants(MerchantRepository repository, Warehouses warehouses) {
        this.repository = repository;
        this.warehouses = warehouses;
    }

    @Transactional
    public Merchant register(Tenant tenant, MerchantDetails details) {
        if (details.email() == null || details.email().isBlank()) {
            throw new InvalidInput("email", "is required");
        }
        if (!EMAIL.matcher(details.email()).matches()) {
            throw new InvalidInput("email", "'" + details.email() + "' is not an e-mail address");
        }
        if (details.name() == null || details.name().isBlank()) {
            throw new InvalidInput("name", "is required");
        }
        if (repository.findByEmail(tenant.accountId(), details.email()).isPresent()) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "email", "a user with e-mail " + details.email() + " already exists");
        }
        requireWarehouse(details.defaultWarehouseId());
        return repository.findById(repository.insert(tenant.accountId(), details)).orElseThrow();
    }

    @Transactional
    public Merchant update(Tenant tenant, MerchantId id, MerchantDetails details) {
        var current = require(tenant, "id", id);
        if (details.email() != null && !details.email().equalsIgnoreCase(current.email())) {
            throw new InvalidInput("email", "cannot be updated");
        }
        if (details.name() != null && details.name().isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        requireWarehouse(details.defaultWarehouseId());
        repository.update(id, details);
        return repository.findById(id.value()).orElseThrow();
    }

    public Optional<Merchant> find(Tenant tenant, MerchantId id) {
        return repository.findById(id.value()).filter(m -> m.accountId().equals(tenant.accountId()));
    }

    /** The merchant, if the tenant owns it; otherwise "not found", whether it exists or not. */
    public Merchant require(Tenant tenant, String field, MerchantId id) {
        return find(tenant, id).orElseThrow(() -> new NotFound(field, "user " + id.value() + " not found"));
    }

    /** As {@link #require} and the merchant must be active to take new work. */
    public Merchant requireActive(Tenant tenant, String field, MerchantId id) {
        var merchant = require(tenant, field, id);
        if (!merchant.active()) {
            throw new RuleViolation(RuleViolation.Kind.INACTIVE, field, "user " + id.value() + " is not active");
        }
        return merchant;
    }

    /** The tenant's merchants; with a warehouse, those whose default warehouse it is. */
    /** A page of the tenant's merchants (those whose default warehouse it is, when given), in id order. */
    public List<Merchant> list(Tenant tenant, WarehouseId warehouseId, Keyset page) {
        return repository.findByAccount(tenant.accountId(), warehouseId, page);
    }

    /** The merchants whose default warehouse this is, in id order (a warehouse's own screens, not a tenant's request). */
    public List<Merchant> atWarehouse(WarehouseId warehouseId, Keyset page) {
        return repository.findByWarehouse(warehouseId, page);
    }

    /** The merchant, if its default warehouse is this one; otherwise "not found", whether it exists or not. */
    public Merchant requireAt(WarehouseId warehouseId, String field, MerchantId id) {
        return repository.findById(id.value()).filter(m -> warehouseId.equals(m.defaultWarehouseId()))
                .orElseThrow(() -> new NotFound(field, "merchant " + id.value() + " not found"));
    }

    /** For internal processes (not tenant requests): the merchant regardless of owner. */
    public Optional<Merchant> findAny(MerchantId id) {
        return repository.findById(id.value());
    }

    private void requireWarehouse(WarehouseId id) {
        if (id != null) {
            warehouses.require("defaultWarehouse", id);
        }
    }
}
