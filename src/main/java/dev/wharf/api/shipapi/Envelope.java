package dev.wharf.api.shipapi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The ShipAPI answer to a write: did it work, on which id, and if not, why. */
record Envelope(
        @JsonProperty("IsSuccess") boolean isSuccess,
        @JsonProperty("Id") Long id,
        @JsonProperty("Error") String error) {

    static Envelope success(long id) {
        return new Envelope(true, id, null);
    }

    static Envelope failure(String error) {
        return new Envelope(false, null, error);
    }
}
