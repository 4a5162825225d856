package dev.wharf.outbound;

import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.shared.NotFound;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reading orders, always through the tenant that owns them. */
@Service
public class Orders {

    private final OrderRepository orders;
    private final OrderReader reader;
    private final PackageRepository packages;
    private final Merchants merchants;
    private final dev.wharf.shared.TimeSource time;

    Orders(OrderRepository orders, OrderReader reader, PackageRepository packages, Merchants merchants,
           dev.wharf.shared.TimeSource time) {
        this.orders = orders;
        this.reader = reader;
        this.packages = packages;
        this.merchants = merchants;
        this.time = time;
    }

    public Optional<OrderView> find(Tenant tenant, OrderId id) {
        return reader.read(id.value()).filter(o -> merchants.find(tenant, o.merchant()).isPresent());
    }

    public OrderView require(Tenant tenant, OrderId id) {
        return find(tenant, id).orElseThrow(() -> new NotFound("order", "shipment " + id.value() + " not found"));
    }

    /** For internal processes (not tenant requests): the order regardless of owner. */
    public Optional<OrderView> findAny(OrderId id) {
        return reader.read(id.value());
    }

    /** The merchant's order by the platform's own id for it. */
    public Optional<OrderView> findByExternalId(Tenant tenant, dev.wharf.account.MerchantId merchant, String externalId) {
        if (merchants.find(tenant, merchant).isEmpty()) {
            return Optional.empty();
        }
        return orders.findByExternalId(merchant, externalId).flatMap(reader::read);
    }

    /** The merchant's label exactly as uploaded, if there is one. */
    public Optional<byte[]> label(Tenant tenant, OrderId id) {
        require(tenant, id);
        return orders.label(id.value());
    }

    // ---------------------------------------------------------------- the warehouse's view (no tenant)

    /** An order as its warehouse sees it; another warehouse's order is "not found". */
    public OrderView requireIn(dev.wharf.warehouse.WarehouseId warehouse, OrderId id) {
        return reader.read(id.value()).filter(o -> o.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("order", "order " + id.value() + " not found"));
    }

    /** A page of the warehouse's orders, optionally in one status, after the order id {@code afterId} (0: from the start). */
    public java.util.List<OrderView> inWarehouse(dev.wharf.warehouse.WarehouseId warehouse, OrderStatus status, long afterId,
                                                 int limit) {
        return reader.readAll(orders.idsInWarehouse(warehouse.value(), status, afterId, limit));
    }

    /** A page of the orders past their ship-by time and not shipped, after {@code afterId}. */
    public java.util.List<OrderView> late(dev.wharf.warehouse.WarehouseId warehouse, long afterId, int limit) {
        return reader.readAll(orders.lateInWarehouse(warehouse.value(), time.nowUtc(), afterId, limit));
    }

    /** A package's label as rendered or received: PDF bytes and/or ZPL. */
    public java.util.Optional<PackageLabel> packageLabel(dev.wharf.warehouse.WarehouseId warehouse, long packageId) {
        return packages.orderOf(packageId)
                .filter(orderId -> reader.read(orderId).map(o -> o.warehouse().equals(warehouse)).orElse(false))
                .flatMap(orderId -> packages.label(packageId))
                .map(l -> new PackageLabel(l.pdf(), l.zpl()));
    }

    /** A package's label as the merchant who owns the order may read it; another order's package is not found. */
    public java.util.Optional<PackageLabel> packageLabel(Tenant tenant, OrderId id, long packageId) {
        require(tenant, id);
        return packages.orderOf(packageId).filter(orderId -> orderId == id.value())
                .flatMap(orderId -> packages.label(packageId))
                .map(l -> new PackageLabel(l.pdf(), l.zpl()));
    }

    /** A label's content: a PDF, a ZPL program, or both. */
    public record PackageLabel(byte[] pdf, String zpl) {
    }
}
