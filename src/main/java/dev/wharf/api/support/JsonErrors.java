package dev.wharf.api.support;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns a body Jackson could not read into "field: problem", without leaking parser internals. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The field path of the failure ("products[0].quantity"), or null when the JSON itself is broken. */
    public static String field(HttpMessageNotReadableException e) {
        var cause = jackson(e);
        if (cause == null || cause.getPath().isEmpty()) {
            return null;
        }
        var path = new StringBuilder();
        for (var ref : cause.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName().strip());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A one-line description of what is wrong with the body. */
    public static String problem(HttpMessageNotReadableException e) {
        if (isBodyTooLarge(e)) {
            return "request body is larger than 10 MB";
        }
        var cause = jackson(e);
        if (cause == null) {
            return "request body is missing or is not JSON";
        }
        if (cause instanceof tools.jackson.core.exc.StreamReadException && !(cause instanceof MismatchedInputException)) {
            // Broken JSON (truncated, bad syntax): the field it happened in is not the problem.
            return "malformed JSON: " + firstLine(cause.getOriginalMessage());
        }
        var field = field(e);
        if (cause instanceof InvalidFormatException invalid) {
            return field + ": '" + invalid.getValue() + "' is not a valid " + describe(invalid.getTargetType());
        }
        if (cause instanceof MismatchedInputException mismatched && field != null && mismatched.getTargetType() != null) {
            return field + ": expected " + describe(mismatched.getTargetType());
        }
        if (field != null) {
            return field + ": malformed value";
        }
        return "malformed JSON: " + firstLine(cause.getOriginalMessage());
    }

    public static boolean isBodyTooLarge(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static JacksonException jackson(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type.isEnum()) {
            return "value";
        }
        return "object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        // Keep what a client can act on; drop the parser's source-location chatter.
        var text = message.lines().findFirst().orElse(message);
        for (var noise : new String[] {" (start marker", " at [Source", " (for "}) {
            int at = text.indexOf(noise);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        return text;
    }
}
