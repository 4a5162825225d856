package dev.wharf.shared;

/**
 * The caller is known and the thing exists, but the caller's role may not do this (an operator
 * approving a count that needs a supervisor). Answered 403 by every dialect.
 */
public class Forbidden extends RuntimeException {

    private final String field;

    public Forbidden(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the refusal concerns, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}
