package dev.wharf.account;

/** The authenticated API account a request acts as: it sees its own merchants only. */
public record Tenant(AccountId accountId, Dialect dialect) {
}
