package dev.wharf.api.support;

import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Keyset;

/**
 * The {@code after} and {@code limit} query parameters of Wharf's own lists (operations API, admin
 * API, and the ShipAPI's extension to a contract that defines no paging): rows after the last id
 * seen, oldest first, at most {@code limit}, which may not exceed the list's maximum.
 */
public final class Paging {

    /** Largest page of the operations and admin APIs; also their default. */
    public static final int MAX = 100;

    /**
     * Largest page of a ShipAPI list, also its default: the contract has no paging and clients
     * expect the whole list, so the cap is high, and {@code after} reaches the rest (decisions.md).
     */
    public static final int SHIPAPI_MAX = 1000;

    public static final String AFTER = "Answer rows after this id (the last id of the previous page); 0 for the first page";
    public static final String LIMIT = "Page size, 1 to 100";
    public static final String SHIPAPI_LIMIT = "Page size, 1 to 1000 (Wharf's extension; the contract has no paging)";

    private Paging() {
    }

    public static Keyset keyset(long after, int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidInput("limit", "must be 1 to " + max);
        }
        if (after < 0) {
            throw new InvalidInput("after", "must not be negative");
        }
        return new Keyset(after, limit);
    }

    public static Keyset keyset(long after, int limit) {
        return keyset(after, limit, MAX);
    }
}
