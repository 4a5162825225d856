package dev.wharf.api.deliverr;

import dev.wharf.account.Tenant;
import dev.wharf.shared.TimeSource;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partner's create and update bodies, kept exactly as sent so they can be echoed back with
 * fields Wharf does not model (the partner checks the echo).
 */
@Component
class PartnerDocuments {

    private final JdbcClient jdbc;
    private final TimeSource time;

    PartnerDocuments(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    void save(Tenant tenant, String kind, String key, String body) {
        int updated = jdbc.sql("update partner_document set body = :b, updated_at = :now where account_id = :a and kind = :k and doc_key = :key")
                .param("b", body).param("now", time.nowUtc()).param("a", tenant.accountId().value()).param("k", kind).param("key", key)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into partner_document (account_id, kind, doc_key, body, updated_at) values (:a, :k, :key, :b, :now)")
                    .param("a", tenant.accountId().value()).param("k", kind).param("key", key).param("b", body)
                    .param("now", time.nowUtc()).update();
        }
    }

    Optional<String> find(Tenant tenant, String kind, String key) {
        return jdbc.sql("select body from partner_document where account_id = :a and kind = :k and doc_key = :key")
                .param("a", tenant.accountId().value()).param("k", kind).param("key", key).query(String.class).optional();
    }
}
