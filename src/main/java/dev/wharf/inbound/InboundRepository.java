package dev.wharf.inbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class InboundRepository {

    private final JdbcClient jdbc;

    InboundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(MerchantId merchant, WarehouseId warehouse) {
        long number = jdbc.sql("select nextval('inbound_number_seq')").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into inbound (number, merchant_id, warehouse_id, status, created_at, updated_at)
                values (:number, :m, :w, 'NEW', :now, :now)""")
                .param("number", "INV " + number).param("m", merchant.value()).param("w", warehouse.value())
                .param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    void replacePackages(long inboundId, InboundDraft draft) {
        jdbc.sql("delete from inbound_line where inbound_id = :id").param("id", inboundId).update();
        jdbc.sql("delete from inbound_package where inbound_id = :id").param("id", inboundId).update();
        int position = 0;
        for (var pkg : draft.packages()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into inbound_package (inbound_id, position, carrier_name, track_number) values (:i, :p, :c, :t)")
                    .param("i", inboundId).param("p", position++).param("c", pkg.carrierName()).param("t", pkg.trackNumber())
                    .update(keys, "id");
            long packageId = keys.getKey().longValue();
            for (var item : pkg.items()) {
                jdbc.sql("""
                        insert into inbound_line (inbound_id, package_id, product_id, quantity_expected)
                        values (:i, :pkg, :p, :q)""")
                        .param("i", inboundId).param("pkg", packageId).param("p", item.product().value())
                        .param("q", item.quantity()).update();
            }
        }
        touch(inboundId);
    }

    /** Loads the state machine with the row locked, so concurrent transitions serialise. */
    Inbound lock(long id) {
        return jdbc.sql("select id, status from inbound where id = :id for update").param("id", id)
                .query((rs, n) -> new Inbound(rs.getLong(1), InboundStatus.valueOf(rs.getString(2)))).single();
    }

    void updateStatus(long id, InboundStatus status) {
        jdbc.sql("update inbound set status = :s, updated_at = :now where id = :id")
                .param("s", status.name()).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
    }

    void addReceived(long lineId, int good, int damaged, int stocked) {
        jdbc.sql("""
                update inbound_line set quantity_good = quantity_good + :g, quantity_damaged = quantity_damaged + :d,
                    quantity_stocked = quantity_stocked + :s where id = :id""")
                .param("g", good).param("d", damaged).param("s", stocked).param("id", lineId).update();
    }

    Optional<InboundView> find(long id) {
        record Head(long id, String number, long merchant, long warehouse, String status) {
        }
        var head = jdbc.sql("select id, number, merchant_id, warehouse_id, status from inbound where id = :id").param("id", id)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var lines = jdbc.sql("""
                select id, package_id, product_id, quantity_expected, quantity_good, quantity_damaged, quantity_stocked
                from inbound_line where inbound_id = :id order by id""").param("id", id)
                .query((rs, n) -> new Object[] {rs.getLong(2), new InboundView.Line(rs.getLong(1), new ProductId(rs.getLong(3)),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))})
                .list();
        var packages = new ArrayList<InboundView.Package>();
        jdbc.sql("select id, carrier_name, track_number from inbound_package where inbound_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> {
                    long packageId = rs.getLong(1);
                    List<InboundView.Line> own = lines.stream().filter(l -> (long) l[0] == packageId)
                            .map(l -> (InboundView.Line) l[1]).toList();
                    return new InboundView.Package(packageId, rs.getString(2), rs.getString(3), own);
                })
                .list().forEach(packages::add);
        var h = head.get();
        return Optional.of(new InboundView(new InboundId(h.id()), h.number(), new MerchantId(h.merchant()),
                new WarehouseId(h.warehouse()), InboundStatus.valueOf(h.status()), packages));
    }

    private void touch(long id) {
        jdbc.sql("update inbound set updated_at = :now where id = :id")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
    }
}
