package dev.wharf.api.ops;

import dev.wharf.api.support.ProductScan;
import dev.wharf.inbound.InboundSearch;
import dev.wharf.outbound.OrderSearch;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The console's one search box: whatever was scanned or typed, resolved to the records of this
 * warehouse it names exactly. Each owning module answers for its own records (orders and their
 * packages, inbounds, sections); products go through the floor's scan scope. Read-only.
 */
@Component
class UniversalSearch {

    /** What a hit opens. */
    enum HitType { ORDER, INBOUND, PRODUCT, SECTION }

    record Hit(HitType type, long id, String label) {
    }

    static final int MAX_HITS_PER_TYPE = 20;

    private final OrderSearch orders;
    private final InboundSearch inbounds;
    private final ProductScan products;
    private final Warehouses warehouses;

    UniversalSearch(OrderSearch orders, InboundSearch inbounds, ProductScan products, Warehouses warehouses) {
        this.orders = orders;
        this.inbounds = inbounds;
        this.products = products;
        this.warehouses = warehouses;
    }

    List<Hit> resolve(WarehouseId warehouse, String text) {
        var code = text.strip();
        var hits = new ArrayList<Hit>();
        orders.byReference(warehouse, code, MAX_HITS_PER_TYPE).forEach(o -> hits.add(new Hit(HitType.ORDER, o.id().value(),
                "Order " + o.number() + (o.terms() != null && o.terms().externalId() != null ? " (" + o.terms().externalId() + ")" : "")
                        + " · " + o.status())));
        inbounds.byReference(warehouse, code, MAX_HITS_PER_TYPE).forEach(i -> hits.add(new Hit(HitType.INBOUND, i.id().value(),
                "Inbound " + i.number() + (i.externalId() != null ? " (" + i.externalId() + ")" : "") + " · " + i.status())));
        products.candidates(warehouse, code, null).stream().limit(MAX_HITS_PER_TYPE).forEach(p -> hits.add(new Hit(HitType.PRODUCT,
                p.id().value(), p.sku() + " · " + p.title())));
        warehouses.findSection(warehouse, code).ifPresent(s -> hits.add(new Hit(HitType.SECTION, s.id().value(),
                "Section " + s.code())));
        return hits;
    }
}
