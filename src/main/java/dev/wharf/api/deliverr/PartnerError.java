package dev.wharf.api.deliverr;

import org.springframework.http.HttpStatus;

/** A refusal in the partner's own words: its status and error code. */
class PartnerError extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    PartnerError(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
