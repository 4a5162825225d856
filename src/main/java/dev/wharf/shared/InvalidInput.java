package dev.wharf.shared;

/** A request value the core cannot accept; names the field so the caller can fix it. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
