package dev.wharf.billing;

import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A warehouse's rate table: what shipping one package costs by carrier, service and weight band. */
@Service
public class ShippingRates {

    /** One band: packages weighing more than {@code minWeightKg} and at most {@code maxWeightKg}. */
    public record Rate(long id, WarehouseId warehouse, String carrier, String service, BigDecimal minWeightKg,
                       BigDecimal maxWeightKg, BigDecimal price) {
    }

    private final JdbcClient jdbc;
    private final Warehouses warehouses;
    private final TimeSource time;

    ShippingRates(JdbcClient jdbc, Warehouses warehouses, TimeSource time) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
        this.time = time;
    }

    @Transactional
    public Rate add(WarehouseId warehouse, String carrier, String service, BigDecimal minWeightKg, BigDecimal maxWeightKg,
                    BigDecimal price) {
        warehouses.require("id", warehouse);
        if (minWeightKg.signum() < 0) {
            throw new InvalidInput("minWeightKg", "must not be negative");
        }
        if (maxWeightKg.compareTo(minWeightKg) <= 0) {
            throw new InvalidInput("maxWeightKg", "must be above minWeightKg");
        }
        if (price.signum() < 0) {
            throw new InvalidInput("price", "must not be negative");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into shipping_rate (warehouse_id, carrier, service, min_weight_kg, max_weight_kg, price, created_at)
                values (:w, :c, :s, :min, :max, :p, :now)""")
                .param("w", warehouse.value()).param("c", carrier).param("s", service).param("min", minWeightKg)
                .param("max", maxWeightKg).param("p", price).param("now", time.nowUtc())
                .update(keys, "id");
        return new Rate(keys.getKey().longValue(), warehouse, carrier, service, minWeightKg, maxWeightKg, price);
    }

    public List<Rate> list(WarehouseId warehouse) {
        return jdbc.sql("select * from shipping_rate where warehouse_id = :w order by carrier, service, min_weight_kg")
                .param("w", warehouse.value()).query(ShippingRates::map).list();
    }

    /** The price of one package of this weight, if the table has a band for it (carrier and service case-insensitive). */
    public Optional<BigDecimal> quote(WarehouseId warehouse, String carrier, String service, BigDecimal weightKg) {
        return jdbc.sql("""
                select * from shipping_rate where warehouse_id = :w and lower(carrier) = lower(:c) and lower(service) = lower(:s)
                  and min_weight_kg < :kg and max_weight_kg >= :kg
                order by max_weight_kg, id""")
                .param("w", warehouse.value()).param("c", carrier == null ? "" : carrier).param("s", service == null ? "" : service)
                .param("kg", weightKg)
                .query(ShippingRates::map).list().stream().findFirst().map(Rate::price);
    }

    private static Rate map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rate(rs.getLong("id"), new WarehouseId(rs.getLong("warehouse_id")), rs.getString("carrier"),
                rs.getString("service"), rs.getBigDecimal("min_weight_kg"), rs.getBigDecimal("max_weight_kg"), rs.getBigDecimal("price"));
    }
}
