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

    long insert(MerchantId merchant, WarehouseId warehouse, InboundDraft draft) {
        long number = jdbc.sql("select nextval('inbound_number_seq')").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into inbound (number, merchant_id, warehouse_id, status, created_at, updated_at, external_id, expected_at, notes)
                values (:number, :m, :w, 'NEW', :now, :now, :external, :expected, :notes)""")
                .param("number", "INV " + number).param("m", merchant.value()).param("w", warehouse.value())
                .param("external", draft.externalId())
                .param("expected", draft.expectedAt() == null ? null : draft.expectedAt().atOffset(ZoneOffset.UTC),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("notes", draft.notes())
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

    void updateTrackNumbers(long inboundId, String trackNumber) {
        jdbc.sql("update inbound_package set track_number = :t where inbound_id = :i").param("t", trackNumber).param("i", inboundId).update();
        touch(inboundId);
    }

    void updateOrigin(long inboundId, InboundOrigin o) {
        jdbc.sql("""
                update inbound set origin_name = :name, origin_company = :company, origin_street1 = :street1,
                    origin_street2 = :street2, origin_city = :city, origin_state = :state, origin_zip = :zip,
                    origin_country = :country, origin_phone = :phone, origin_email = :email where id = :id""")
                .param("name", o.name()).param("company", o.company()).param("street1", o.street1()).param("street2", o.street2())
                .param("city", o.city()).param("state", o.state()).param("zip", o.zip()).param("country", o.country())
                .param("phone", o.phone()).param("email", o.email()).param("id", inboundId).update();
        touch(inboundId);
    }

    /** Loads the state machine with the row locked, so concurrent transitions serialise. */
    Inbound lock(long id) {
        return jdbc.sql("select id, status from inbound where id = :id for update").param("id", id)
                .query((rs, n) -> new Inbound(rs.getLong(1), InboundStatus.valueOf(rs.getString(2)))).single();
    }

    void updateStatus(long id, InboundStatus status) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("update inbound set status = :s, updated_at = :now where id = :id")
                .param("s", status.name()).param("now", now).param("id", id).update();
        // Receiving may start without an arrival scan: the first state at or past ARRIVED is the arrival.
        if (status.compareTo(InboundStatus.ARRIVED) >= 0 && status != InboundStatus.CANCELLED) {
            jdbc.sql("update inbound set arrived_at = :now where id = :id and arrived_at is null").param("now", now).param("id", id).update();
        }
        if (status == InboundStatus.RECEIVED || status == InboundStatus.CLOSED) {
            jdbc.sql("update inbound set completed_at = :now where id = :id and completed_at is null").param("now", now).param("id", id).update();
        }
    }

    void addReceived(long lineId, int good, int damaged, int stocked) {
        jdbc.sql("""
                update inbound_line set quantity_good = quantity_good + :g, quantity_damaged = quantity_damaged + :d,
                    quantity_stocked = quantity_stocked + :s where id = :id""")
                .param("g", good).param("d", damaged).param("s", stocked).param("id", lineId).update();
    }

    long insertUnexpectedLine(long inboundId, ProductId product) {
        long packageId = jdbc.sql("select min(id) from inbound_package where inbound_id = :i").param("i", inboundId)
                .query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inbound_line (inbound_id, package_id, product_id, quantity_expected, unexpected)
                values (:i, :pkg, :p, 0, true)""")
                .param("i", inboundId).param("pkg", packageId).param("p", product.value()).update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertReceipt(long inboundId, long lineId, ProductId product, int good, int damaged, String lot,
                       java.time.LocalDate expiry, long sectionId, String actor) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into inbound_receipt (inbound_id, line_id, product_id, good, damaged, lot, expiry, section_id, actor, received_at)
                values (:i, :l, :p, :g, :d, :lot, :exp, :s, :a, :now)""")
                .param("i", inboundId).param("l", lineId).param("p", product.value()).param("g", good).param("d", damaged)
                .param("lot", lot).param("exp", expiry, java.sql.Types.DATE).param("s", sectionId).param("a", actor)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Lines of this product in the warehouse (of one inbound when given) with received good units
     * not yet put away, oldest inbound first, locked until the transaction ends: {id, awaiting}.
     */
    List<long[]> lockAwaitingPutaway(long warehouseId, ProductId product, Long inboundId) {
        return jdbc.sql("""
                select id, quantity_good - quantity_stocked from inbound_line
                where product_id = :p and quantity_good > quantity_stocked
                  and inbound_id in (select id from inbound where warehouse_id = :w)
                  and (:inbound is null or inbound_id = :inbound)
                order by inbound_id, id for update""")
                .param("w", warehouseId).param("p", product.value()).param("inbound", inboundId, java.sql.Types.BIGINT)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Counts units of the line as put away, if that many still await putaway; false when they do not. */
    boolean addStocked(long lineId, int quantity) {
        return jdbc.sql("""
                update inbound_line set quantity_stocked = quantity_stocked + :q
                where id = :id and quantity_good - quantity_stocked >= :q""")
                .param("q", quantity).param("id", lineId).update() == 1;
    }

    Optional<Long> findByExternalId(long merchantId, String externalId) {
        return jdbc.sql("select id from inbound where merchant_id = :m and external_id = :e")
                .param("m", merchantId).param("e", externalId).query(Long.class).optional();
    }

    /** The merchant's inbounds, oldest first, a page at a time; only those among {@code ids} when given. */
    List<Long> page(long merchantId, List<Long> ids, int limit, int offset) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        var sql = "select id from inbound where merchant_id = :m" + (ids == null ? "" : " and id in (:ids)")
                + " order by id limit :limit offset :offset";
        var statement = jdbc.sql(sql).param("m", merchantId).param("limit", limit).param("offset", offset);
        if (ids != null) {
            statement = statement.param("ids", ids);
        }
        return statement.query(Long.class).list();
    }

    List<Long> openIn(long warehouseId) {
        return jdbc.sql("select id from inbound where warehouse_id = :w and status not in ('CLOSED', 'CANCELLED') order by id")
                .param("w", warehouseId).query(Long.class).list();
    }

    /** Inbounds in the warehouse matching a number, a tracking number, or a barcode/SKU of a product on them. */
    List<Long> lookup(long warehouseId, String q) {
        return jdbc.sql("""
                select distinct i.id from inbound i
                left join inbound_package pk on pk.inbound_id = i.id
                left join inbound_line l on l.inbound_id = i.id
                left join product p on p.id = l.product_id
                where i.warehouse_id = :w and (i.number = :q or pk.track_number = :q or p.barcode = :q or p.sku = :q)
                order by i.id""")
                .param("w", warehouseId).param("q", q).query(Long.class).list();
    }

    Optional<InboundView> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The inbounds with these ids, in id order: three statements however many there are (heads, lines, packages). */
    List<InboundView> findAll(java.util.Collection<Long> ids) {
        record Head(long id, String number, long merchant, long warehouse, String status, String external,
                    java.time.Instant expected, String notes, java.time.Instant arrived, java.time.Instant completed,
                    InboundOrigin origin) {
        }
        record PackageRow(long inbound, long id, String carrier, String track) {
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        var wanted = List.copyOf(ids);
        var heads = jdbc.sql("""
                select id, number, merchant_id, warehouse_id, status, external_id, expected_at, notes, arrived_at, completed_at,
                       origin_name, origin_company, origin_street1, origin_street2, origin_city, origin_state, origin_zip,
                       origin_country, origin_phone, origin_email
                from inbound where id in (:ids) order by id""")
                .param("ids", wanted)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), instant(rs, 7), rs.getString(8), instant(rs, 9), instant(rs, 10),
                        new InboundOrigin(rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                                rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20))))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        // Lines by package, packages by inbound: each read once for all the inbounds.
        var linesByPackage = new java.util.HashMap<Long, List<InboundView.Line>>();
        jdbc.sql("""
                select id, package_id, product_id, quantity_expected, quantity_good, quantity_damaged, quantity_stocked, unexpected
                from inbound_line where inbound_id in (:ids) order by id""").param("ids", wanted)
                .query(rs -> {
                    linesByPackage.computeIfAbsent(rs.getLong(2), p -> new ArrayList<>()).add(new InboundView.Line(rs.getLong(1),
                            new ProductId(rs.getLong(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8)));
                });
        var packagesByInbound = new java.util.HashMap<Long, List<InboundView.Package>>();
        jdbc.sql("select inbound_id, id, carrier_name, track_number from inbound_package where inbound_id in (:ids) order by inbound_id, position")
                .param("ids", wanted)
                .query((rs, n) -> new PackageRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list().forEach(p -> packagesByInbound.computeIfAbsent(p.inbound(), i -> new ArrayList<>()).add(
                        new InboundView.Package(p.id(), p.carrier(), p.track(), linesByPackage.getOrDefault(p.id(), List.of()))));
        return heads.stream().map(h -> new InboundView(new InboundId(h.id()), h.number(), new MerchantId(h.merchant()),
                new WarehouseId(h.warehouse()), InboundStatus.valueOf(h.status()), packagesByInbound.getOrDefault(h.id(), List.of()),
                h.external(), h.expected(), h.notes(), h.arrived(), h.completed(), h.origin())).toList();
    }

    private static java.time.Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private void touch(long id) {
        jdbc.sql("update inbound set updated_at = :now where id = :id")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
    }
}
