package dev.wharf.api.support;

import org.springframework.http.HttpStatus;

/**
 * One refusal, decided once for every dialect by {@link ApiErrors} (or, before a controller runs,
 * by the container and security layers) and written by the owning dialect's {@link ErrorShape}.
 *
 * @param field   the refused field in the dialect's own words ("products[0].quantity"), or null
 * @param message "field: problem" for people, in the dialect's words
 */
public record ApiError(HttpStatus status, ErrorCode code, String field, String message) {

    public static ApiError of(HttpStatus status, ErrorCode code, String message) {
        return new ApiError(status, code, null, message);
    }
}
