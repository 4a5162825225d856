package dev.wharf.outbound;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ManifestRepository {

    record Head(long id, String carrier, LocalDate day, ManifestView.Status status, Instant closedAt, String closedBy) {
    }

    private final JdbcClient jdbc;

    ManifestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the creation of a warehouse's manifests (two scanners opening the day's manifest at once). */
    void lockWarehouse(long warehouseId) {
        jdbc.sql("select id from warehouse where id = :w for update").param("w", warehouseId).query(Long.class).single();
    }

    Optional<Head> find(long warehouseId, String carrier, LocalDate day, boolean lock) {
        return jdbc.sql("""
                select id, carrier, manifest_day, status, closed_at, closed_by from carrier_manifest
                where warehouse_id = :w and carrier = :c and manifest_day = :d""" + (lock ? " for update" : ""))
                .param("w", warehouseId).param("c", carrier).param("d", day, Types.DATE)
                .query((rs, n) -> {
                    var closed = rs.getObject(5, OffsetDateTime.class);
                    return new Head(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            ManifestView.Status.valueOf(rs.getString(4)), closed == null ? null : closed.toInstant(), rs.getString(6));
                })
                .optional();
    }

    long insert(long warehouseId, String carrier, LocalDate day) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into carrier_manifest (warehouse_id, carrier, manifest_day, status, created_at)
                values (:w, :c, :d, 'OPEN', :now)""")
                .param("w", warehouseId).param("c", carrier).param("d", day, Types.DATE).param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void close(long manifestId, String actor) {
        jdbc.sql("update carrier_manifest set status = 'CLOSED', closed_at = :now, closed_by = :a where id = :id and status = 'OPEN'")
                .param("now", now()).param("a", actor).param("id", manifestId).update();
    }

    /** The manifest a package is on, if any. */
    Optional<Long> manifestOf(long packageId) {
        return jdbc.sql("select manifest_id from manifest_package where package_id = :p").param("p", packageId)
                .query(Long.class).optional();
    }

    void add(long manifestId, long packageId, long orderId, String actor) {
        jdbc.sql("""
                insert into manifest_package (manifest_id, package_id, order_id, added_at, added_by)
                values (:m, :p, :o, :now, :a)""")
                .param("m", manifestId).param("p", packageId).param("o", orderId).param("now", now()).param("a", actor).update();
    }

    List<ManifestView.Entry> entries(long manifestId) {
        return jdbc.sql("""
                select mp.package_id, mp.order_id, p.tracking_number, mp.added_at, mp.added_by
                from manifest_package mp join outbound_package p on p.id = mp.package_id
                where mp.manifest_id = :m order by mp.id""")
                .param("m", manifestId)
                .query((rs, n) -> new ManifestView.Entry(rs.getLong(1), new OrderId(rs.getLong(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
                .list();
    }

    /** Orders on the manifest whose every package is on it. */
    List<Long> ordersComplete(long manifestId) {
        return jdbc.sql("""
                select distinct mp.order_id from manifest_package mp where mp.manifest_id = :m
                  and not exists (select 1 from outbound_package p where p.order_id = mp.order_id
                      and not exists (select 1 from manifest_package other where other.package_id = p.id and other.manifest_id = :m))
                order by mp.order_id""")
                .param("m", manifestId).query(Long.class).list();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
