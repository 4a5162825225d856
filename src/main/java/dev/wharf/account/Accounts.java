package dev.wharf.account;

import dev.wharf.shared.NotFound;
import dev.wharf.shared.Secrets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API accounts and their credentials. */
@Service
public class Accounts {

    private static final int SECRET_LENGTH = 40;

    private final AccountRepository repository;
    private final MerchantRepository merchants;

    Accounts(AccountRepository repository, MerchantRepository merchants) {
        this.repository = repository;
        this.merchants = merchants;
    }

    /**
     * Creates an account with a fresh credential. A logistics or deliverr account is itself
     * one merchant, so its merchant is created with it; a ShipAPI account is a reseller that
     * creates its merchants later.
     */
    @Transactional
    public IssuedCredentials open(String name, Dialect dialect) {
        return open(name, dialect, null);
    }

    /** As {@link #open(String, Dialect)}; a single-merchant account may name its home warehouse. */
    @Transactional
    public IssuedCredentials open(String name, Dialect dialect, dev.wharf.warehouse.WarehouseId homeWarehouse) {
        var accountId = repository.insert(name, dialect);
        if (dialect != Dialect.SHIPAPI) {
            merchants.insert(accountId, new MerchantDetails(null, name, null, null, homeWarehouse, true));
        }
        return issue(accountId, name, dialect);
    }

    /** Replaces whatever credential the account had with a new one. */
    @Transactional
    /** An account as the admin lists it: never a secret. */
    public record Summary(AccountId id, String name, Dialect dialect) {
    }

    /** A page of accounts in id order after {@code afterId} (0 for the first page). */
    public List<Summary> page(long afterId, int limit) {
        return repository.page(afterId, limit).stream().map(a -> new Summary(a.id(), a.name(), a.dialect())).toList();
    }

    public IssuedCredentials reissue(AccountId accountId) {
        var account = repository.find(accountId).orElseThrow(() -> new NotFound("id", "account " + accountId.value() + " not found"));
        repository.revokeAll(accountId);
        return issue(accountId, account.name(), account.dialect());
    }

    @Transactional
    public void revokeCredentials(AccountId accountId) {
        if (repository.find(accountId).isEmpty()) {
            throw new NotFound("id", "account " + accountId.value() + " not found");
        }
        repository.revokeAll(accountId);
    }

    /** The tenant owning this secret (an API key or bearer token), if it is live and of the dialect. */
    public Optional<Tenant> authenticate(Dialect dialect, String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return repository.findLiveByDigest(Secrets.digest(secret.strip()))
                .filter(t -> t.dialect() == dialect);
    }

    /** The tenant for an HTTP Basic pair, if both match a live credential of the dialect. */
    public Optional<Tenant> authenticate(Dialect dialect, String username, String password) {
        return authenticate(dialect, password)
                .filter(t -> repository.usernameOf(Secrets.digest(password.strip())).map(username::equals).orElse(false));
    }

    /** An account's dialect is fixed when it is opened, so every instance may keep what it once read. */
    private final java.util.Map<AccountId, Dialect> dialects = new java.util.concurrent.ConcurrentHashMap<>();

    public Dialect dialectOf(AccountId accountId) {
        var known = dialects.get(accountId);
        if (known != null) {
            return known;
        }
        var dialect = repository.find(accountId).map(AccountRepository.AccountRow::dialect)
                .orElseThrow(() -> new NotFound("id", "account " + accountId.value() + " not found"));
        dialects.put(accountId, dialect);
        return dialect;
    }

    /** The one merchant of a single-merchant account (logistics, deliverr). */
    public MerchantId soleMerchant(Tenant tenant) {
        return merchants.findByAccount(tenant.accountId(), null, dev.wharf.shared.Keyset.first(1)).stream().findFirst()
                .map(Merchant::id)
                .orElseThrow(() -> new IllegalStateException("account " + tenant.accountId().value() + " has no merchant"));
    }

    private IssuedCredentials issue(AccountId accountId, String name, Dialect dialect) {
        var secret = Secrets.generate(SECRET_LENGTH);
        return switch (dialect) {
            case SHIPAPI -> {
                repository.insertCredential(accountId, null, Secrets.digest(secret));
                yield new IssuedCredentials(accountId, name, dialect, secret, null, null, null);
            }
            case LOGISTICS -> {
                repository.insertCredential(accountId, null, Secrets.digest(secret));
                yield new IssuedCredentials(accountId, name, dialect, null, secret, null, null);
            }
            case DELIVERR -> {
                var username = "deliverr-" + accountId.value() + "-" + Secrets.generate(6).toLowerCase();
                repository.insertCredential(accountId, username, Secrets.digest(secret));
                yield new IssuedCredentials(accountId, name, dialect, null, null, username, secret);
            }
        };
    }
}
