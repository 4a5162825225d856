package dev.wharf.api.support;

import dev.wharf.shared.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * What went wrong, as a type every dialect's {@link ErrorShape} switches on. The names are also
 * the generic {@code code} that problem-details answers carry; a dialect with words of its own
 * (the partner's DUPLICATE_SKU, the Logistics API's DUPLICATE_ORDER) derives them from the code
 * and the field, never from a message's text.
 */
public enum ErrorCode {
    INVALID_INPUT, MALFORMED_JSON, NOT_FOUND, UNAUTHORIZED, FORBIDDEN,
    DUPLICATE, INVALID_STATUS, INSUFFICIENT_STOCK, INACTIVE, CONFLICT,
    BAD_REQUEST, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, BODY_TOO_LARGE, TOO_MANY_REQUESTS,
    BUSY, INTERNAL;

    public static ErrorCode of(RuleViolation.Kind kind) {
        return switch (kind) {
            case DUPLICATE -> DUPLICATE;
            case INVALID_STATUS -> INVALID_STATUS;
            case INSUFFICIENT_STOCK -> INSUFFICIENT_STOCK;
            case INACTIVE -> INACTIVE;
        };
    }

    /** The code of a refusal the container or the framework made with only a status to go on. */
    public static ErrorCode of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> BAD_REQUEST;
            case UNAUTHORIZED -> UNAUTHORIZED;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case CONFLICT -> CONFLICT;
            case CONTENT_TOO_LARGE -> BODY_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_REQUESTS -> TOO_MANY_REQUESTS;
            case SERVICE_UNAVAILABLE -> BUSY;
            default -> status.is4xxClientError() ? BAD_REQUEST : INTERNAL;
        };
    }
}
