package dev.wharf.account;

import java.time.Instant;

/** A login: the bearer token (shown once, stored as a digest) and until when it is good. */
public record OperatorSession(String token, Instant expiresAt, Operator operator) {
}
