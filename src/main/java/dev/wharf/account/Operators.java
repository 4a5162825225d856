package dev.wharf.account;

import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.Secrets;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warehouse staff accounts. Their passwords are chosen by people, so they get a slow hash
 * (bcrypt); the session tokens they receive are random and looked up by SHA-256 digest.
 */
@Service
public class Operators {

    private static final Duration SESSION = Duration.ofHours(12);
    private static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder();
    /** Compared against when the username is unknown, so both failures take the same time. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final String DECOY_HASH = PASSWORDS.encode("decoy-password-for-timing");

    private final JdbcClient jdbc;
    private final Warehouses warehouses;
    private final TimeSource time;

    Operators(JdbcClient jdbc, Warehouses warehouses, TimeSource time) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
        this.time = time;
    }

    @Transactional
    public Operator create(String username, String password, OperatorRole role, String warehouseCode) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new InvalidInput("username", "must be 3 to 100 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < 10) {
            throw new InvalidInput("password", "must be at least 10 characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // BCrypt reads only 72 bytes: a longer password would be silently cut, so it is refused.
            throw new InvalidInput("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes (UTF-8)");
        }
        var warehouse = warehouses.findByCode(warehouseCode)
                .orElseThrow(() -> new InvalidInput("warehouseCode", "no warehouse with code " + warehouseCode));
        if (find(username).isPresent()) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "username", "operator " + username + " already exists");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into operator (username, password_hash, role, warehouse_id, created_at)
                values (:u, :h, :r, :w, :now)""")
                .param("u", username).param("h", PASSWORDS.encode(password)).param("r", role.name())
                .param("w", warehouse.id().value()).param("now", time.nowUtc())
                .update(keys, "id");
        return new Operator(keys.getKey().longValue(), username, role, warehouse.id());
    }

    /** A page of operators in id order after {@code afterId} (0 for the first page). */
    public java.util.List<Operator> page(long afterId, int limit) {
        return jdbc.sql("select id, username, role, warehouse_id from operator where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit)
                .query((rs, n) -> new Operator(rs.getLong(1), rs.getString(2), OperatorRole.valueOf(rs.getString(3)),
                        new WarehouseId(rs.getLong(4))))
                .list();
    }

    @Transactional
    public Optional<OperatorSession> login(String username, String password) {
        var operator = verify(username, password);
        if (operator.isEmpty()) {
            return Optional.empty();
        }
        var token = Secrets.generate(48);
        var expires = time.now().plus(SESSION);
        jdbc.sql("""
                insert into operator_session (operator_id, token_digest, created_at, expires_at)
                values (:o, :d, :now, :exp)""")
                .param("o", operator.get().id()).param("d", Secrets.digest(token))
                .param("now", time.nowUtc()).param("exp", expires.atOffset(ZoneOffset.UTC))
                .update();
        return Optional.of(new OperatorSession(token, expires, operator.get()));
    }

    /**
     * The operator these credentials belong to, issuing no token: the console keeps its own
     * session. An unknown username costs the same time as a wrong password.
     */
    public Optional<Operator> verify(String username, String password) {
        record Row(Operator operator, String hash) {
        }
        var row = jdbc.sql("select id, username, role, warehouse_id, password_hash from operator where username = :u")
                .param("u", username == null ? "" : username)
                .query((rs, n) -> new Row(new Operator(rs.getLong(1), rs.getString(2), OperatorRole.valueOf(rs.getString(3)),
                        new WarehouseId(rs.getLong(4))), rs.getString(5)))
                .optional();
        var candidate = password == null ? "" : password;
        if (candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.empty(); // no stored password is that long
        }
        if (row.isEmpty()) {
            PASSWORDS.matches(candidate, DECOY_HASH);
            return Optional.empty();
        }
        if (!PASSWORDS.matches(candidate, row.get().hash())) {
            return Optional.empty();
        }
        return Optional.of(row.get().operator());
    }

    /** The operator holding this live session token. */
    public Optional<Operator> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select o.id, o.username, o.role, o.warehouse_id from operator_session s join operator o on o.id = s.operator_id
                where s.token_digest = :d and s.expires_at > :now""")
                .param("d", Secrets.digest(token.strip())).param("now", time.nowUtc())
                .query((rs, n) -> new Operator(rs.getLong(1), rs.getString(2), OperatorRole.valueOf(rs.getString(3)),
                        new WarehouseId(rs.getLong(4))))
                .optional();
    }

    private Optional<Long> find(String username) {
        return jdbc.sql("select id from operator where username = :u").param("u", username).query(Long.class).optional();
    }
}
