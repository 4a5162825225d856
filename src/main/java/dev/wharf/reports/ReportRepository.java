package dev.wharf.reports;

import dev.wharf.account.AccountId;
import dev.wharf.account.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    /** A report row as the builder and the download need it. */
    record Row(long id, String reference, long accountId, long merchantId, ReportType type, Instant from, Instant to,
               ReportStatus status, int attempts, String errorMessage, Long rowCount, String downloadSecret, Instant createdAt,
               Instant finishedAt) {

        ReportView view() {
            return new ReportView(reference, type, status, errorMessage, rowCount, createdAt, finishedAt);
        }
    }

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String reference, AccountId account, MerchantId merchant, ReportType type, Instant from, Instant to, String secret,
                Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into report (reference, account_id, merchant_id, report_type, starts_at, ends_at, status, download_secret, created_at)
                values (:ref, :a, :m, :t, :from, :to, 'PENDING', :secret, :now)""")
                .param("ref", reference).param("a", account.value()).param("m", merchant.value()).param("t", type.name())
                .param("from", utc(from), java.sql.Types.TIMESTAMP_WITH_TIMEZONE).param("to", utc(to), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("secret", secret).param("now", utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Row> findByReference(String reference) {
        return jdbc.sql("select * from report where reference = :r").param("r", reference).query(ReportRepository::map).optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from report where id = :id").param("id", id).query(ReportRepository::map).optional();
    }

    /** Reports waiting for a builder: never claimed, or claimed by one whose lease ran out. */
    List<Long> claimable(Instant now, int limit) {
        return jdbc.sql("""
                select id from report where status = 'PENDING' and (lease_until is null or lease_until < :now)
                order by id limit :limit""").param("now", utc(now)).param("limit", limit).query(Long.class).list();
    }

    /** One conditional update: of two instances claiming the same row, exactly one wins. */
    boolean claim(long id, String builder, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                update report set claimed_by = :b, lease_until = :until, attempts = attempts + 1
                where id = :id and status = 'PENDING' and (lease_until is null or lease_until < :now)""")
                .param("b", builder).param("until", utc(leaseUntil)).param("id", id).param("now", utc(now)).update() == 1;
    }

    boolean renew(long id, String builder, Instant leaseUntil) {
        return jdbc.sql("update report set lease_until = :until where id = :id and claimed_by = :b and status = 'PENDING'")
                .param("until", utc(leaseUntil)).param("id", id).param("b", builder).update() == 1;
    }

    boolean succeed(long id, String builder, long rows, Instant now) {
        return jdbc.sql("""
                update report set status = 'SUCCESS', row_count = :rows, finished_at = :now, lease_until = null
                where id = :id and claimed_by = :b and status = 'PENDING'""")
                .param("rows", rows).param("now", utc(now)).param("id", id).param("b", builder).update() == 1;
    }

    /** A failed attempt: the row is free to be claimed again from {@code now} on, or ERROR once attempts are used up. */
    void fail(long id, String builder, int maxAttempts, String message, Instant now) {
        jdbc.sql("""
                update report set lease_until = :now,
                    status = case when attempts >= :max then 'ERROR' else status end,
                    error_message = case when attempts >= :max then :msg else error_message end,
                    finished_at = case when attempts >= :max then :now else finished_at end
                where id = :id and claimed_by = :b and status = 'PENDING'""")
                .param("max", maxAttempts).param("msg", message).param("now", utc(now)).param("id", id).param("b", builder).update();
    }

    void deleteChunks(long reportId) {
        jdbc.sql("delete from report_chunk where report_id = :id").param("id", reportId).update();
    }

    void insertChunk(long reportId, int seq, byte[] data) {
        jdbc.sql("insert into report_chunk (report_id, seq, data) values (:id, :seq, :data)")
                .param("id", reportId).param("seq", seq).param("data", data).update();
    }

    List<Integer> chunkNumbers(long reportId) {
        return jdbc.sql("select seq from report_chunk where report_id = :id order by seq").param("id", reportId)
                .query(Integer.class).list();
    }

    byte[] chunk(long reportId, int seq) {
        return jdbc.sql("select data from report_chunk where report_id = :id and seq = :seq").param("id", reportId).param("seq", seq)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("reference"), rs.getLong("account_id"), rs.getLong("merchant_id"),
                ReportType.valueOf(rs.getString("report_type")), instant(rs, "starts_at"), instant(rs, "ends_at"),
                ReportStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("error_message"),
                rs.getObject("row_count", Long.class), rs.getString("download_secret"), instant(rs, "created_at"), instant(rs, "finished_at"));
    }
}
