package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads charges. Written in the transaction of the action that caused them, so none is lost. */
@Service
public class Charges {

    private final JdbcClient jdbc;
    private final TimeSource time;

    Charges(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(MerchantId merchant, WarehouseId warehouse, Long orderId, Charge.Kind kind, String name,
                       BigDecimal unitPrice, int quantity, String currency, String causedBy) {
        jdbc.sql("""
                insert into charge (merchant_id, warehouse_id, order_id, kind, name, unit_price, quantity, currency, caused_by, created_at)
                values (:m, :w, :o, :k, :n, :p, :q, :c, :by, :now)""")
                .param("m", merchant.value()).param("w", warehouse.value()).param("o", orderId, Types.BIGINT)
                .param("k", kind.name()).param("n", name).param("p", unitPrice).param("q", quantity).param("c", currency)
                .param("by", causedBy).param("now", time.nowUtc())
                .update();
    }

    /** The order's charges: shipping first, then services, each in the order it was recorded. */
    /** {@link #forOrder} of many orders in one query, by order id; orders without charges are absent. */
    public java.util.Map<Long, List<Charge>> forOrders(java.util.Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return java.util.Map.of();
        }
        var found = new java.util.HashMap<Long, List<Charge>>();
        jdbc.sql("select * from charge where order_id in (:o) order by order_id, case when kind = 'SHIPPING' then 0 else 1 end, id")
                .param("o", List.copyOf(orderIds))
                .query((rs, n) -> new Charge(rs.getLong("id"), new MerchantId(rs.getLong("merchant_id")),
                        new WarehouseId(rs.getLong("warehouse_id")), rs.getObject("order_id", Long.class),
                        Charge.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getBigDecimal("unit_price"),
                        rs.getInt("quantity"), rs.getString("currency"), rs.getString("caused_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list()
                .forEach(c -> found.computeIfAbsent(c.orderId(), k -> new java.util.ArrayList<>()).add(c));
        return found;
    }

    public List<Charge> forOrder(long orderId) {
        return forOrders(List.of(orderId)).getOrDefault(orderId, List.of());
    }
}
