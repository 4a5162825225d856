package dev.wharf.outbound;

import dev.wharf.shared.SearchTerms;
import dev.wharf.shared.SqlConditions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The floor's searches over orders: exact references first, every condition bound, never concatenated. */
@Repository
class OrderSearchRepository {

    private final JdbcClient jdbc;

    OrderSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> find(long warehouseId, String query, Instant[] shipDay, Long merchantId, OrderStatus status, Instant from, Instant to,
                    long afterId, int limit) {
        var q = new SqlConditions("select o.id from outbound_order o where o.warehouse_id = :w and o.id > :after")
                .add(true, "", "w", warehouseId, "after", afterId, "limit", limit)
                .add(merchantId != null, " and o.merchant_id = :m", "m", merchantId)
                .add(status != null, " and o.status = :s", "s", status == null ? null : status.name())
                .add(from != null, " and o.created_at >= :from", "from", utc(from))
                .add(to != null, " and o.created_at < :to", "to", utc(to))
                .add(query != null, " and (o.id = :qid or o.number = :q or o.external_id = :q or o.tracking_number = :q"
                        + " or o.carrier_account = :q or o.box_name = :q"
                        + " or exists (select 1 from outbound_package p where p.order_id = o.id and p.tracking_number = :q)"
                        + " or lower(o.note) like :words escape '!'", "q", query, "qid", query == null ? -1 : SearchTerms.idOf(query),
                        "words", query == null ? null : SearchTerms.containing(query))
                .add(shipDay != null, " or (o.ship_by >= :dayFrom and o.ship_by < :dayTo)", "dayFrom", shipDay == null ? null : utc(shipDay[0]),
                        "dayTo", shipDay == null ? null : utc(shipDay[1]))
                .add(query != null, ")")
                .add(true, " order by o.id limit :limit");
        return jdbc.sql(q.sql()).params(q.params()).query(Long.class).list();
    }

    List<Long> byReference(long warehouseId, String reference, int limit) {
        return jdbc.sql("""
                select o.id from outbound_order o where o.warehouse_id = :w
                  and (o.id = :qid or o.number = :q or o.external_id = :q or o.tracking_number = :q
                       or exists (select 1 from outbound_package p where p.order_id = o.id and p.tracking_number = :q))
                order by o.id limit :limit""")
                .param("w", warehouseId).param("q", reference).param("qid", SearchTerms.idOf(reference)).param("limit", limit)
                .query(Long.class).list();
    }

    Optional<long[]> packageByReference(long warehouseId, String reference) {
        return jdbc.sql("""
                select p.id, p.order_id from outbound_package p join outbound_order o on o.id = p.order_id
                where o.warehouse_id = :w and (p.id = :qid or p.tracking_number = :q)
                order by case when p.id = :qid then 0 else 1 end, p.id desc""")
                .param("w", warehouseId).param("q", reference).param("qid", SearchTerms.idOf(reference))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream().findFirst();
    }



    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
