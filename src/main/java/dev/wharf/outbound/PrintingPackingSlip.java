package dev.wharf.outbound;

import dev.wharf.account.Merchants;
import dev.wharf.catalog.Catalog;
import dev.wharf.labels.LabelAddress;
import dev.wharf.labels.PackingSlip;
import dev.wharf.labels.PackingSlipGenerator;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import org.springframework.stereotype.Service;

/**
 * The packing slip that goes into an order's box: the order's lines with each product's SKU and
 * title, sent from the warehouse on behalf of the merchant to the recipient, rendered as PDF by
 * the labels module.
 */
@Service
public class PrintingPackingSlip {

    private final Orders orders;
    private final Warehouses warehouses;
    private final Merchants merchants;
    private final Catalog catalog;
    private final PackingSlipGenerator slips;

    PrintingPackingSlip(Orders orders, Warehouses warehouses, Merchants merchants, Catalog catalog, PackingSlipGenerator slips) {
        this.orders = orders;
        this.warehouses = warehouses;
        this.merchants = merchants;
        this.catalog = catalog;
        this.slips = slips;
    }

    /** The slip of an order of this warehouse, as PDF bytes; another warehouse's order is not found. */
    public byte[] print(WarehouseId warehouse, OrderId id) {
        var order = orders.requireIn(warehouse, id);
        var from = warehouses.require("warehouse", order.warehouse());
        var merchant = merchants.findAny(order.merchant()).orElseThrow();
        var t = order.shipTo();
        var lines = order.lines().stream().map(l -> {
            var product = catalog.findAny(l.product()).orElseThrow();
            return new PackingSlip.Line(product.sku(), product.title(), l.quantity());
        }).toList();
        return slips.render(new PackingSlip(order.number(), merchant.name(), Packing.from(from),
                new LabelAddress(t.name(), t.company(), t.address1(), t.address2(), t.city(), t.state(), t.postalCode(), t.countryCode(), t.phone()),
                order.createdAt(), lines));
    }
}
