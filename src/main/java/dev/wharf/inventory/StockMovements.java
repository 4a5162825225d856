package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.Catalog;
import dev.wharf.warehouse.WarehouseId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The movement report of a merchant's stock: what came in and went out of a warehouse in a
 * window, each movement with its product's SKU and its document's external id. Tenancy is
 * the query's: only the given merchants' rows are read. The statements run do not grow with
 * the window: one for the ledger, one for the SKUs, one per kind of document referred to.
 */
@Service
public class StockMovements {

    private final BalanceRepository balances;
    private final Catalog catalog;
    private final List<DocumentNames> documents;

    StockMovements(BalanceRepository balances, Catalog catalog, List<DocumentNames> documents) {
        this.balances = balances;
        this.catalog = catalog;
        this.documents = documents;
    }

    /**
     * The merchants' movements of sellable units in [from, to), oldest first. Waits for
     * transactions still writing ledger rows, so a window once read never gains a row later.
     */
    @Transactional(readOnly = true)
    public List<StockMovement> of(Set<MerchantId> merchants, WarehouseId warehouse, Instant from, Instant to) {
        var rows = balances.stockMovements(merchants, warehouse, from, to);
        if (rows.isEmpty()) {
            return List.of();
        }
        var skus = catalog.skus(rows.stream().map(BalanceRepository.MovementRow::product).collect(Collectors.toSet()));
        var names = documentNames(merchants, rows);
        return rows.stream().map(r -> new StockMovement(r.sequence(), r.product(), skus.get(r.product()), r.type(), r.onHandDelta(),
                r.reason(), r.note(), r.reference(), r.reference() == null ? null : names.get(r.reference()), r.occurredAt())).toList();
    }

    private Map<StockReference, String> documentNames(Set<MerchantId> merchants, List<BalanceRepository.MovementRow> rows) {
        var byType = rows.stream().map(BalanceRepository.MovementRow::reference).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(StockReference::type, Collectors.mapping(StockReference::id, Collectors.toSet())));
        var names = new HashMap<StockReference, String>();
        for (var source : documents) {
            var ids = byType.get(source.referenceType());
            if (ids != null) {
                source.externalIds(merchants, ids).forEach((id, external) -> names.put(new StockReference(source.referenceType(), id), external));
            }
        }
        return names;
    }
}
