package dev.wharf.shared;

/**
 * A well-formed request that the current state refuses (cancel after picking started,
 * more units than are available, a duplicate business key...).
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID_STATUS, INSUFFICIENT_STOCK, DUPLICATE, INACTIVE }

    private final Kind kind;
    private final String field;

    public RuleViolation(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field the refusal concerns, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}
