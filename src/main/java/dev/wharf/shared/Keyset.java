package dev.wharf.shared;

/**
 * One page of a list read by keyset: the rows whose id is greater than {@code after}, in id order,
 * at most {@code limit} of them. A client pages on by passing the last id it saw; unlike an offset,
 * a page costs the same however deep it is and rows inserted meanwhile neither repeat nor vanish.
 * The dialects decide the largest page they allow; this only refuses what no query can serve.
 */
public record Keyset(long after, int limit) {

    public Keyset {
        if (after < 0) {
            throw new InvalidInput("after", "must not be negative");
        }
        if (limit < 1) {
            throw new InvalidInput("limit", "must be at least 1");
        }
    }

    /** The first page of at most {@code limit} rows. */
    public static Keyset first(int limit) {
        return new Keyset(0, limit);
    }
}
