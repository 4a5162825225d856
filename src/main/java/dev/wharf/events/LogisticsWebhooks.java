package dev.wharf.events;

import static dev.wharf.events.Webhooks.utc;

import dev.wharf.account.AccountId;
import dev.wharf.account.Tenant;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.shared.TimeSource;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Logistics account's webhook subscriptions: one event type to one URL, called with POST or
 * PUT and Basic, a token in a header, or no credentials. A subscription of another account
 * answers exactly as a missing one.
 */
@Service
public class LogisticsWebhooks {

    /** Most webhooks one account may hold, so that {@code GET /webhooks} (unpaged by contract) stays small. */
    public static final int MAX_PER_ACCOUNT = 100;


    public enum Method { POST, PUT }

    public enum AuthMethod { BASIC_AUTH, TOKEN, NONE }

    /** What a subscriber asks for; the secret is the password (BASIC_AUTH) or the token (TOKEN). */
    public record Request(LogisticsEventType type, String url, Method method, AuthMethod authMethod, String username,
                          String password, String token, String tokenHeader) {
    }

    /** A subscription as shown back: never its password or token. */
    public record Subscription(long id, LogisticsEventType type, String url, Method method, AuthMethod authMethod,
                               String username, String tokenHeader) {
    }

    /** A subscription with what it takes to call it. */
    record Receiver(long id, WebhookTarget target) {
    }

    private final JdbcClient jdbc;
    private final TimeSource time;

    LogisticsWebhooks(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Transactional
    public Subscription subscribe(Tenant tenant, Request request) {
        var auth = request.authMethod() == null ? AuthMethod.NONE : request.authMethod();
        requireCredentials(auth, request);
        try {
            target(request.url(), request.method().name(), auth, request.username(), secret(auth, request), request.tokenHeader());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage().replaceFirst(":.*", "").replace("basicUser", "username")
                    .replace("bearerToken", "token"), e.getMessage().replaceFirst("^[^:]*: ?", ""));
        }
        boolean exists = jdbc.sql("select count(*) from logistics_webhook where account_id = :a and type = :t and url = :u")
                .param("a", tenant.accountId().value()).param("t", request.type().name()).param("u", request.url())
                .query(Long.class).single() > 0;
        if (exists) {
            throw new RuleViolation(RuleViolation.Kind.DUPLICATE, "url",
                    "url: a webhook for " + request.type().wireName() + " to this URL already exists");
        }
        // The contract lists webhooks as one bare array with no paging: a cap per account keeps that list bounded.
        long held = jdbc.sql("select count(*) from logistics_webhook where account_id = :a")
                .param("a", tenant.accountId().value()).query(Long.class).single();
        if (held >= MAX_PER_ACCOUNT) {
            throw new InvalidInput("url", "an account holds at most " + MAX_PER_ACCOUNT + " webhooks; delete one first");
        }
        jdbc.sql("""
                insert into logistics_webhook (account_id, type, url, method, auth_method, username, secret, token_header, created_at)
                values (:a, :t, :u, :m, :auth, :user, :secret, :header, :now)""")
                .param("a", tenant.accountId().value()).param("t", request.type().name()).param("u", request.url())
                .param("m", request.method().name()).param("auth", auth.name())
                .param("user", auth == AuthMethod.BASIC_AUTH ? request.username() : null, java.sql.Types.VARCHAR)
                .param("secret", secret(auth, request), java.sql.Types.VARCHAR)
                .param("header", auth == AuthMethod.TOKEN ? request.tokenHeader() : null, java.sql.Types.VARCHAR)
                .param("now", utc(time.now()))
                .update();
        // Read back by its unique key: the portable way to learn a generated id with JdbcClient.
        return jdbc.sql("select * from logistics_webhook where account_id = :a and type = :t and url = :u")
                .param("a", tenant.accountId().value()).param("t", request.type().name()).param("u", request.url())
                .query((rs, n) -> subscription(rs)).single();
    }

    public List<Subscription> list(Tenant tenant) {
        return jdbc.sql("select * from logistics_webhook where account_id = :a order by id")
                .param("a", tenant.accountId().value()).query((rs, n) -> subscription(rs)).list();
    }

    public Optional<Subscription> find(Tenant tenant, long id) {
        return jdbc.sql("select * from logistics_webhook where account_id = :a and id = :id")
                .param("a", tenant.accountId().value()).param("id", id).query((rs, n) -> subscription(rs)).optional();
    }

    /** Deletes the subscription and returns it as it was; deliveries already queued still go out. */
    @Transactional
    public Subscription delete(Tenant tenant, long id) {
        var subscription = find(tenant, id).orElseThrow(() -> new NotFound("id", "webhook " + id + " not found"));
        int deleted = jdbc.sql("delete from logistics_webhook where account_id = :a and id = :id")
                .param("a", tenant.accountId().value()).param("id", id).update();
        if (deleted == 0) {
            throw new NotFound("id", "webhook " + id + " not found");
        }
        return subscription;
    }

    /** The account's subscriptions to {@code type}, with their credentials, for enqueuing a delivery. */
    List<Receiver> receivers(AccountId account, LogisticsEventType type) {
        return jdbc.sql("select * from logistics_webhook where account_id = :a and type = :t order by id")
                .param("a", account.value()).param("t", type.name())
                .query((rs, n) -> new Receiver(rs.getLong("id"), target(rs.getString("url"), rs.getString("method"),
                        AuthMethod.valueOf(rs.getString("auth_method")), rs.getString("username"), rs.getString("secret"),
                        rs.getString("token_header"))))
                .list();
    }

    private static Subscription subscription(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Subscription(rs.getLong("id"), LogisticsEventType.valueOf(rs.getString("type")), rs.getString("url"),
                Method.valueOf(rs.getString("method")), AuthMethod.valueOf(rs.getString("auth_method")), rs.getString("username"),
                rs.getString("token_header"));
    }

    private static WebhookTarget target(String url, String method, AuthMethod auth, String user, String secret, String header) {
        var target = switch (auth) {
            case BASIC_AUTH -> WebhookTarget.basic(url, user, secret);
            case TOKEN -> WebhookTarget.token(url, header, secret);
            case NONE -> WebhookTarget.unauthenticated(url);
        };
        return target.with(method);
    }

    private static String secret(AuthMethod auth, Request request) {
        return switch (auth) {
            case BASIC_AUTH -> request.password();
            case TOKEN -> request.token();
            case NONE -> null;
        };
    }

    /** Each auth method takes its own credentials and no others, so a misspelt choice is not silently unauthenticated. */
    private static void requireCredentials(AuthMethod auth, Request r) {
        require("username", r.username(), auth == AuthMethod.BASIC_AUTH, auth);
        require("password", r.password(), auth == AuthMethod.BASIC_AUTH, auth);
        require("token", r.token(), auth == AuthMethod.TOKEN, auth);
        require("tokenHeader", r.tokenHeader(), auth == AuthMethod.TOKEN, auth);
    }

    private static void require(String field, String value, boolean needed, AuthMethod auth) {
        if (needed && (value == null || value.isBlank())) {
            throw new InvalidInput(field, "required with authMethod " + auth);
        }
        if (!needed && value != null) {
            throw new InvalidInput(field, "not used with authMethod " + auth);
        }
    }
}
