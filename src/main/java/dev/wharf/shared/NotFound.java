package dev.wharf.shared;

/**
 * The entity does not exist, or it belongs to someone the caller may not see.
 * The two cases are deliberately indistinguishable to the caller.
 */
public class NotFound extends RuntimeException {

    private final String field;

    public NotFound(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field (or path variable) that named the missing entity. */
    public String field() {
        return field;
    }
}
