package dev.wharf.api.shipapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The ShipAPI answer to a write: did it work, on which id, and if not, why. */
@Schema(requiredProperties = {"IsSuccess", "Id", "Error"})
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
