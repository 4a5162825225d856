package dev.wharf.api.logistics;

import dev.wharf.account.Tenant;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Secrets;
import dev.wharf.shared.TimeSource;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key: the first successful answer to a key is stored; the same key with the same
 * request replays it (with {@code idempotent-replayed: true}); the same key with another request
 * is a 422. Keys belong to the account that sent them.
 *
 * <p>The key is reserved, the use case runs and the answer is stored in ONE transaction: a crash
 * can never leave an order committed without its key (the client's retry would then be refused as
 * a duplicate instead of replayed). A second request with the same key while the first runs meets
 * the reservation in the unique index, waits for the first to finish and replays its answer; if
 * the first failed, its reservation rolled back with it and the second runs the use case itself.
 */
@Component
class Idempotency {

    static final String KEY_HEADER = "idempotency-key";
    static final String REPLAYED = "idempotent-replayed";

    /** A reservation's status until the answer is stored with it. */
    private static final int RUNNING = 0;
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);

    /** Thrown for a key reused with another request; rendered as 422. */
    static class KeyMisused extends RuntimeException {
        KeyMisused() {
            super("idempotency-key: this key was used with a different request");
        }
    }

    /** A second request while the first with the same key has not finished in time; rendered as 409. */
    static class KeyBusy extends RuntimeException {
        KeyBusy() {
            super("idempotency-key: a request with this key is still running; retry it");
        }
    }

    private record Stored(String hash, int status, String response) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TimeSource time;
    private final TransactionTemplate transaction;

    Idempotency(JdbcClient jdbc, JsonMapper json, TimeSource time, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
        this.transaction = new TransactionTemplate(transactions);
    }

    ResponseEntity<Object> run(Tenant tenant, String key, String operation, Object request, Supplier<ResponseEntity<Object>> call) {
        if (key == null || key.isBlank()) {
            return call.get();
        }
        if (key.length() > 200) {
            throw new InvalidInput("idempotency-key", "must be at most 200 characters");
        }
        var hash = Secrets.digest(operation + "\n" + json.writeValueAsString(request));
        long account = tenant.accountId().value();
        var deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            // A new key is the common case: reserve it straight away; the unique index says when it is not new.
            try {
                return transaction.execute(status -> reserveRunAndStore(account, key, hash, call));
            } catch (DuplicateKeyException taken) {
                // An earlier or a concurrent request reserved the key (on PostgreSQL we waited for it to end).
            }
            var stored = find(account, key);
            if (stored.isPresent() && stored.get().status() != RUNNING) {
                return replay(stored.get(), hash);
            }
            if (System.nanoTime() > deadline) {
                throw new KeyBusy();
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private ResponseEntity<Object> reserveRunAndStore(long account, String key, String hash, Supplier<ResponseEntity<Object>> call) {
        jdbc.sql("""
                insert into idempotent_request (account_id, idem_key, request_hash, status, response, created_at)
                values (:a, :k, :h, :s, '', :now)""")
                .param("a", account).param("k", key).param("h", hash).param("s", RUNNING).param("now", time.nowUtc()).update();
        var answer = call.get();
        jdbc.sql("update idempotent_request set status = :s, response = :r where account_id = :a and idem_key = :k")
                .param("s", answer.getStatusCode().value()).param("r", json.writeValueAsString(answer.getBody()))
                .param("a", account).param("k", key).update();
        return answer;
    }

    private Optional<Stored> find(long account, String key) {
        return jdbc.sql("select request_hash, status, response from idempotent_request where account_id = :a and idem_key = :k")
                .param("a", account).param("k", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
    }

    private ResponseEntity<Object> replay(Stored stored, String hash) {
        if (!stored.hash().equals(hash)) {
            throw new KeyMisused();
        }
        return ResponseEntity.status(stored.status()).header(REPLAYED, "true").body(json.readValue(stored.response(), JsonNode.class));
    }
}
