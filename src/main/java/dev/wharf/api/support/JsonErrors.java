package dev.wharf.api.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns a body Jackson could not read into "field: problem". The message is built only from the
 * field's path, the type the field expects and Wharf's own wording: a parser's message is never
 * passed on, so no class or package name can reach a client whatever the input.
 */
public final class JsonErrors {

    private static final String BODY_TOO_LARGE = "request body is larger than 10 MB";

    private JsonErrors() {
    }

    /** The field path of the failure ("products[0].quantity"), or null when the JSON itself is broken. */
    public static String field(HttpMessageNotReadableException e) {
        var cause = jackson(e);
        return cause == null ? null : path(cause);
    }

    /** A one-line description of what is wrong with the body. */
    public static String problem(HttpMessageNotReadableException e) {
        if (isBodyTooLarge(e)) {
            return BODY_TOO_LARGE;
        }
        var cause = jackson(e);
        if (cause == null) {
            return "body: a JSON body is required";
        }
        if (cause instanceof StreamReadException && !(cause instanceof InputCoercionException)) {
            // Broken JSON (truncated, bad syntax, a key twice): where it broke, not which field.
            return "malformed JSON" + where(cause) + ": " + (duplicate(cause) ? "a key appears twice" : "the body is not valid JSON");
        }
        var field = path(cause);
        if (cause instanceof StrictJson.RefusedValue refused) {
            return (field == null ? "body" : field) + ": " + refused.reason();
        }
        if (field != null) {
            if (cause instanceof MismatchedInputException mismatched) {
                return field + ": expected " + describe(mismatched.getTargetType());
            }
            if (cause instanceof InputCoercionException coercion) {
                return field + ": expected " + describe(coercion.getTargetType()) + " within its range";
            }
            return field + ": malformed value";
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return "body: expected " + describe(mismatched.getTargetType());
        }
        return "malformed JSON" + where(cause) + ": " + (duplicate(cause) ? "a key appears twice" : "the body is not valid JSON");
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

    private static String path(JacksonException cause) {
        if (cause.getPath().isEmpty()) {
            return null;
        }
        var path = new StringBuilder();
        for (var ref : cause.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(printable(ref.getPropertyName().strip()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** " at /products/0" — the JSON pointer of where the parser stopped, from its own state. */
    private static String where(JacksonException cause) {
        if (cause instanceof StreamReadException read && read.processor() != null) {
            try {
                var pointer = read.processor().streamReadContext().pathAsPointer().toString();
                return pointer.isEmpty() ? "" : " at " + printable(pointer);
            } catch (RuntimeException unavailable) {
                return "";
            }
        }
        return "";
    }

    /** Duplicate keys are the one syntax error worth naming: the JSON is otherwise well formed. */
    private static boolean duplicate(JacksonException cause) {
        var message = cause.getOriginalMessage();
        return message != null && message.startsWith("Duplicate Object property");
    }

    private static String printable(String text) {
        var clean = text.replaceAll("[^\\p{L}\\p{N} ._\\-/\\[\\]]", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean (true or false)";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == java.time.Instant.class
                || Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with an offset (2026-01-31T09:30:00Z)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        if (Map.class.isAssignableFrom(type) || type == Object.class) {
            return "an object";
        }
        return "an object";
    }
}
