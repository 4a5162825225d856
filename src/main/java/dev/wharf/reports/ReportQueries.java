package dev.wharf.reports;

import java.util.List;

/**
 * Each report's CSV header and its one query. The queries read the other modules' tables directly,
 * read-only, the way a reporting replica would: a report of a million rows is one streamed result
 * set, not a million calls through the modules' services. Parameters: :m the merchant, :from and
 * :to the window (from inclusive, to exclusive). Statuses are written in the Logistics API's words,
 * as its answers give them (see decisions.md).
 */
final class ReportQueries {

    private ReportQueries() {
    }

    record Query(List<String> header, String sql) {
    }

    private static final String ORDER_STATUS = """
            case o.status when 'ERROR' then 'ERROR' when 'CANCELLED' then 'CANCELLED' when 'SHIPPED' then 'SHIPPED'
                          when 'DELIVERED' then 'DELIVERED' else 'CREATED' end""";

    static final Query ALL_ORDERS = new Query(List.of("orderId", "externalOrderId", "warehouseOrderId", "status", "createdAt",
            "shippedAt", "cancelledAt", "logisticsSku", "merchantSku", "quantity", "shipToName", "shipToCity", "shipToState",
            "shipToCountry", "warehouseId"), """
            select o.id, o.external_id, o.number, %s, o.created_at, o.shipped_at, o.cancelled_at, p.logistics_sku, p.sku,
                   l.quantity, o.ship_to_name, o.ship_to_city, o.ship_to_state, o.ship_to_country_code, o.warehouse_id
            from outbound_order o
            join outbound_order_line l on l.order_id = o.id
            join product p on p.id = l.product_id
            where o.merchant_id = :m and o.created_at >= :from and o.created_at < :to
            order by o.id, l.position, l.id""".formatted(ORDER_STATUS));

    static final Query SHIPMENTS = new Query(List.of("orderId", "externalOrderId", "packageId", "carrier", "service",
            "trackingNumber", "shippedAt", "weightKg", "cost", "logisticsSku", "quantity", "warehouseId"), """
            select o.id, o.external_id, pk.id, pk.carrier, pk.service, pk.tracking_number, pk.shipped_at, pk.weight_kg, pk.cost,
                   p.logistics_sku, i.quantity, o.warehouse_id
            from outbound_package pk
            join outbound_order o on o.id = pk.order_id
            join outbound_package_item i on i.package_id = pk.id
            join product p on p.id = i.product_id
            where o.merchant_id = :m and pk.shipped_at is not null and pk.shipped_at >= :from and pk.shipped_at < :to
            order by pk.shipped_at, pk.id, i.id""");

    /** Today's levels ignore the window: one row per product and warehouse, products without stock once with zeros. */
    static final Query INVENTORY_LEVELS = new Query(List.of("logisticsSku", "merchantSku", "name", "warehouseId", "onHand",
            "available", "unavailable"), """
            select p.logistics_sku, p.sku, p.title, b.warehouse_id, coalesce(b.on_hand, 0), coalesce(b.available, 0),
                   coalesce(b.on_hand, 0) - coalesce(b.available, 0)
            from product p
            left join (select ib.product_id, ib.warehouse_id, sum(ib.on_hand) as on_hand,
                              sum(case when ib.condition = 'OK' and s.kind = 'STORAGE' then ib.on_hand - ib.reserved else 0 end) as available
                       from inventory_balance ib join storage_section s on s.id = ib.section_id
                       where ib.merchant_id = :m
                       group by ib.product_id, ib.warehouse_id) b on b.product_id = p.id
            where p.merchant_id = :m
            order by p.id, b.warehouse_id""");

    static final Query INBOUND_PACKAGES = new Query(List.of("shipmentId", "receivingId", "status", "packageId", "carrier",
            "trackingNumber", "logisticsSku", "expected", "received", "damaged", "sellable", "createdAt", "arrivedAt", "completedAt"), """
            select i.id, i.number,
                   case i.status when 'NEW' then 'READY_TO_SHIP' when 'IN_TRANSIT' then 'IN_TRANSIT' when 'ARRIVED' then 'ARRIVED'
                                 when 'RECEIVING' then 'RECEIVING' else 'COMPLETED' end,
                   pk.id, pk.carrier_name, pk.track_number, p.logistics_sku, l.quantity_expected, l.quantity_good + l.quantity_damaged,
                   l.quantity_damaged, l.quantity_stocked, i.created_at, i.arrived_at, i.completed_at
            from inbound i
            join inbound_package pk on pk.inbound_id = i.id
            join inbound_line l on l.package_id = pk.id
            join product p on p.id = l.product_id
            where i.merchant_id = :m and i.created_at >= :from and i.created_at < :to
            order by i.id, pk.position, l.id""");

    /** One row per returned item: the return, its status and what was expected and inspected of the item. */
    static final Query ALL_RETURNS = new Query(List.of("returnId", "rma", "externalReturnId", "status", "logisticsSku",
            "expectedQuantity", "inspectedQuantity", "carrier", "trackingCode", "createdAt", "receivedAt", "inspectedAt"), """
            select r.id, r.rma, r.external_return_id, r.status, p.logistics_sku, i.expected_quantity,
                   (select count(*) from customer_return_inspection x where x.item_id = i.id),
                   r.carrier, r.tracking_code, r.created_at, r.received_at, r.inspected_at
            from customer_return r
            join customer_return_item i on i.return_id = r.id
            join product p on p.id = i.product_id
            where r.merchant_id = :m and r.created_at >= :from and r.created_at < :to
            order by r.id, i.position""");
}
