package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PackageRepository {

    record Label(byte[] pdf, String zpl) {
    }

    private final JdbcClient jdbc;

    PackageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long orderId, int position, PackageSpec spec, String carrier, String service) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into outbound_package (order_id, position, box, weight_kg, length_cm, width_cm, height_cm, carrier,
                    service, status, created_at)
                values (:o, :pos, :box, :w, :l, :wi, :h, :c, :s, 'PACKED', :now)""")
                .param("o", orderId).param("pos", position).param("box", spec.box()).param("w", spec.weightKg())
                .param("l", spec.lengthCm()).param("wi", spec.widthCm()).param("h", spec.heightCm())
                .param("c", carrier).param("s", service).param("now", now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (var item : spec.items()) {
            jdbc.sql("insert into outbound_package_item (package_id, product_id, quantity) values (:p, :prod, :q)")
                    .param("p", id).param("prod", item.product().value()).param("q", item.quantity()).update();
        }
        return id;
    }

    void labelled(long packageId, PackageView.LabelSource source, String carrier, String service, String tracking,
                  byte[] pdf, String zpl) {
        labelled(packageId, source, carrier, service, tracking, pdf, zpl, null, null);
    }

    void labelled(long packageId, PackageView.LabelSource source, String carrier, String service, String tracking,
                  byte[] pdf, String zpl, String labelId, String raw) {
        jdbc.sql("""
                update outbound_package set label_source = :src, carrier = :c, service = :s, tracking_number = :t,
                    label_pdf = :pdf, label_zpl = :zpl, label_error = null, status = 'LABELLED', label_id = :lid, label_raw = :raw,
                    labelled_at = :now
                where id = :id""")
                .param("src", source.name()).param("c", carrier).param("s", service).param("t", tracking).param("now", now())
                .param("pdf", pdf).param("zpl", zpl).param("lid", labelId).param("raw", raw).param("id", packageId).update();
    }

    void voided(long packageId) {
        jdbc.sql("""
                update outbound_package set status = 'VOIDED', tracking_number = null, label_pdf = null, label_zpl = null,
                    label_id = null, label_raw = null, labelled_at = null where id = :id""").param("id", packageId).update();
    }

    Optional<String> labelId(long packageId) {
        return jdbc.sql("select label_id from outbound_package where id = :id").param("id", packageId).query(String.class).optional();
    }

    void labelFailed(long packageId, PackageView.LabelSource source, String reason) {
        jdbc.sql("update outbound_package set label_source = :src, label_error = :e, status = 'LABEL_FAILED' where id = :id")
                .param("src", source.name()).param("e", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .param("id", packageId).update();
    }

    void shipped(long packageId, BigDecimal cost) {
        jdbc.sql("update outbound_package set status = 'SHIPPED', cost = :c, shipped_at = :now where id = :id")
                .param("c", cost).param("now", now()).param("id", packageId).update();
    }

    List<PackageView> forOrder(long orderId) {
        return forOrders(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /** The packages of many orders in two queries (packages, their items), by order id; orders without any are absent. */
    java.util.Map<Long, List<PackageView>> forOrders(java.util.Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return java.util.Map.of();
        }
        var ids = List.copyOf(orderIds);
        var items = jdbc.sql("""
                select i.package_id, i.product_id, i.quantity from outbound_package_item i
                join outbound_package p on p.id = i.package_id where p.order_id in (:o) order by i.id""")
                .param("o", ids)
                .query((rs, n) -> new Object[] {rs.getLong(1), new PackageView.Item(new ProductId(rs.getLong(2)), rs.getInt(3))})
                .list();
        var found = new java.util.HashMap<Long, List<PackageView>>();
        jdbc.sql("""
                select order_id, id, position, box, weight_kg, length_cm, width_cm, height_cm, carrier, service, tracking_number,
                    label_source, case when label_pdf is null and label_zpl is null then 0 else 1 end as has_label,
                    case when label_pdf is not null then 'PDF' when label_zpl is not null then 'ZPL' end as label_format,
                    label_error, status, cost, shipped_at, labelled_at
                from outbound_package where order_id in (:o) order by order_id, position""")
                .param("o", ids)
                .query((rs, n) -> new Object[] {rs.getLong("order_id"), map(rs, items)})
                .list()
                .forEach(row -> found.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((PackageView) row[1]));
        return found;
    }

    Optional<Long> orderOf(long packageId) {
        return jdbc.sql("select order_id from outbound_package where id = :id").param("id", packageId).query(Long.class).optional();
    }

    Optional<Label> label(long packageId) {
        return jdbc.sql("select label_pdf, label_zpl from outbound_package where id = :id").param("id", packageId)
                .query((rs, n) -> new Label(rs.getBytes(1), rs.getString(2))).optional();
    }

    private static PackageView map(ResultSet rs, List<Object[]> items) throws SQLException {
        long id = rs.getLong("id");
        var source = rs.getString("label_source");
        var shipped = rs.getObject("shipped_at", OffsetDateTime.class);
        var labelled = rs.getObject("labelled_at", OffsetDateTime.class);
        return new PackageView(id, rs.getInt("position"), rs.getString("box"), rs.getBigDecimal("weight_kg"),
                rs.getBigDecimal("length_cm"), rs.getBigDecimal("width_cm"), rs.getBigDecimal("height_cm"),
                rs.getString("carrier"), rs.getString("service"), rs.getString("tracking_number"),
                source == null ? null : PackageView.LabelSource.valueOf(source), rs.getInt("has_label") == 1,
                rs.getString("label_error"), PackageView.Status.valueOf(rs.getString("status")), rs.getBigDecimal("cost"),
                shipped == null ? null : shipped.toInstant(),
                items.stream().filter(i -> (long) i[0] == id).map(i -> (PackageView.Item) i[1]).toList(),
                labelled == null ? null : labelled.toInstant(), rs.getString("label_format"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
