package dev.wharf.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    record AccountRow(AccountId id, String name, Dialect dialect) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AccountId insert(String name, Dialect dialect) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (name, dialect, created_at) values (:name, :dialect, :now)")
                .param("name", name).param("dialect", dialect.name()).param("now", now())
                .update(keys, "id");
        return new AccountId(keys.getKey().longValue());
    }

    Optional<AccountRow> find(AccountId id) {
        return jdbc.sql("select id, name, dialect from account where id = :id").param("id", id.value())
                .query((rs, n) -> new AccountRow(new AccountId(rs.getLong(1)), rs.getString(2), Dialect.valueOf(rs.getString(3))))
                .optional();
    }

    /** A page of accounts in id order, after the given id (keyset paging). */
    java.util.List<AccountRow> page(long afterId, int limit) {
        return jdbc.sql("select id, name, dialect from account where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit)
                .query((rs, n) -> new AccountRow(new AccountId(rs.getLong(1)), rs.getString(2), Dialect.valueOf(rs.getString(3))))
                .list();
    }

    void insertCredential(AccountId accountId, String username, String digest) {
        jdbc.sql("insert into api_credential (account_id, username, secret_digest, created_at) values (:a, :u, :d, :now)")
                .param("a", accountId.value()).param("u", username).param("d", digest).param("now", now())
                .update();
    }

    void revokeAll(AccountId accountId) {
        jdbc.sql("update api_credential set revoked_at = :now where account_id = :a and revoked_at is null")
                .param("a", accountId.value()).param("now", now()).update();
    }

    Optional<Tenant> findLiveByDigest(String digest) {
        return jdbc.sql("""
                select a.id, a.dialect from api_credential c join account a on a.id = c.account_id
                where c.secret_digest = :d and c.revoked_at is null""")
                .param("d", digest)
                .query((rs, n) -> new Tenant(new AccountId(rs.getLong(1)), Dialect.valueOf(rs.getString(2))))
                .optional();
    }

    Optional<String> usernameOf(String digest) {
        return jdbc.sql("select username from api_credential where secret_digest = :d and revoked_at is null")
                .param("d", digest).query(String.class).optional();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
