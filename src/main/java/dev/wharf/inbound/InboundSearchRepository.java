package dev.wharf.inbound;

import dev.wharf.shared.SearchTerms;
import dev.wharf.shared.SqlConditions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dock's searches over inbounds: exact references, every condition bound, never concatenated. */
@Repository
class InboundSearchRepository {

    private static final String REFERENCE = "i.id = :qid or i.number = :q or i.external_id = :q"
            + " or exists (select 1 from inbound_package pk where pk.inbound_id = i.id and pk.track_number = :q)";

    private final JdbcClient jdbc;

    InboundSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> find(long warehouseId, String query, Instant[] day, Long merchantId, InboundStatus status, boolean openOnly,
                    Instant from, Instant to, long afterId, int limit) {
        var q = new SqlConditions("select i.id from inbound i where i.warehouse_id = :w and i.id > :after")
                .add(true, "", "w", warehouseId, "after", afterId, "limit", limit)
                .add(merchantId != null, " and i.merchant_id = :m", "m", merchantId)
                .add(status != null, " and i.status = :s", "s", status == null ? null : status.name())
                .add(openOnly, " and i.status not in ('CLOSED', 'CANCELLED')")
                .add(from != null, " and i.expected_at >= :from", "from", utc(from))
                .add(to != null, " and i.expected_at < :to", "to", utc(to))
                .add(query != null, " and (" + REFERENCE
                        + " or exists (select 1 from inbound_line l join product p on p.id = l.product_id"
                        + " where l.inbound_id = i.id and (p.barcode = :q or p.sku = :q))"
                        + " or lower(i.notes) like :words escape '!'", "q", query, "qid", query == null ? -1 : SearchTerms.idOf(query),
                        "words", query == null ? null : SearchTerms.containing(query))
                .add(day != null, " or (i.expected_at >= :dayFrom and i.expected_at < :dayTo)", "dayFrom", day == null ? null : utc(day[0]),
                        "dayTo", day == null ? null : utc(day[1]))
                .add(query != null, ")")
                .add(true, " order by i.id limit :limit");
        return jdbc.sql(q.sql()).params(q.params()).query(Long.class).list();
    }

    List<Long> byReference(long warehouseId, String reference, int limit) {
        return jdbc.sql("select i.id from inbound i where i.warehouse_id = :w and (" + REFERENCE + ") order by i.id limit :limit")
                .param("w", warehouseId).param("q", reference).param("qid", SearchTerms.idOf(reference)).param("limit", limit)
                .query(Long.class).list();
    }



    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
