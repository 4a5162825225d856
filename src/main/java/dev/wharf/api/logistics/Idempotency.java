package dev.wharf.api.logistics;

import dev.wharf.account.Tenant;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.Secrets;
import dev.wharf.shared.TimeSource;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key: the first successful answer to a key is stored; the same key with the same
 * request replays it (with {@code idempotent-replayed: true}); the same key with another request
 * is a 422. Keys belong to the account that sent them.
 */
@Component
class Idempotency {

    static final String KEY_HEADER = "idempotency-key";
    static final String REPLAYED = "idempotent-replayed";

    /** Thrown for a key reused with another request; rendered as 422. */
    static class KeyMisused extends RuntimeException {
        KeyMisused() {
            super("idempotency-key: this key was used with a different request");
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TimeSource time;

    Idempotency(JdbcClient jdbc, JsonMapper json, TimeSource time) {
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
    }

    ResponseEntity<Object> run(Tenant tenant, String key, String operation, Object request, Supplier<ResponseEntity<Object>> call) {
        if (key == null || key.isBlank()) {
            return call.get();
        }
        if (key.length() > 200) {
            throw new InvalidInput("idempotency-key", "must be at most 200 characters");
        }
        var hash = Secrets.digest(operation + "\n" + json.writeValueAsString(request));
        record Stored(String hash, int status, String response) {
        }
        var stored = jdbc.sql("select request_hash, status, response from idempotent_request where account_id = :a and idem_key = :k")
                .param("a", tenant.accountId().value()).param("k", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
        if (stored.isPresent()) {
            if (!stored.get().hash().equals(hash)) {
                throw new KeyMisused();
            }
            return ResponseEntity.status(stored.get().status()).header(REPLAYED, "true")
                    .body(json.readValue(stored.get().response(), JsonNode.class));
        }
        var answer = call.get();
        try {
            jdbc.sql("""
                    insert into idempotent_request (account_id, idem_key, request_hash, status, response, created_at)
                    values (:a, :k, :h, :s, :r, :now)""")
                    .param("a", tenant.accountId().value()).param("k", key).param("h", hash)
                    .param("s", answer.getStatusCode().value()).param("r", json.writeValueAsString(answer.getBody()))
                    .param("now", time.nowUtc()).update();
        } catch (DuplicateKeyException raced) {
            // Two requests with one key at once: the other stored first; this answer stands as it is.
            return answer;
        }
        return answer;
    }

}
