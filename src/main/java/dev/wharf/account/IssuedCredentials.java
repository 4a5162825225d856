package dev.wharf.account;

/**
 * The account just created and its credential in clear. This is the only time the secret
 * exists outside the client's hands: only its digest is stored.
 */
public record IssuedCredentials(AccountId accountId, String name, Dialect dialect,
                                String apiKey, String token, String username, String password) {
}
