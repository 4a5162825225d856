package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wharf.api.support.WebUrl;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/** The Logistics API's webhook and event shapes (WebhookCreateModel, WebhookModel, the feed's events). */
final class WebhookJson {

    static final String TYPES_EXAMPLE = "Order.Shipped";

    private WebhookJson() {
    }

    /** The vendor's event types, spelt as on the wire; requests keep a string so any other value is a 400 naming the field. */
    @Schema(name = "WebhookEventType")
    enum EventType {
        @JsonProperty("Order.Shipped") ORDER_SHIPPED,
        @JsonProperty("Order.Cancelled") ORDER_CANCELLED,
        @JsonProperty("Shipment.Created") SHIPMENT_CREATED,
        @JsonProperty("Shipment.Shipped") SHIPMENT_SHIPPED,
        @JsonProperty("Shipment.Cancelled") SHIPMENT_CANCELLED,
        @JsonProperty("Inbound.Received") INBOUND_RECEIVED,
        @JsonProperty("Inbound.ShipmentStatusChanged") INBOUND_SHIPMENT_STATUS_CHANGED,
        @JsonProperty("Inventory.Adjusted") INVENTORY_ADJUSTED,
        @JsonProperty("Return.Updated") RETURN_UPDATED
    }

    /** The vendor's method enum; requests keep a string so any other value is a 400 naming the field. */
    @Schema(name = "WebhookMethod")
    enum Method { POST, PUT }

    @Schema(name = "WebhookAuthMethod")
    enum AuthMethod { BASIC_AUTH, TOKEN, NONE }

    @Schema(name = "WebhookCreateModel")
    record CreateInput(
            @Schema(description = "The event type to deliver", requiredMode = REQUIRED, example = TYPES_EXAMPLE,
                    implementation = EventType.class)
            @NotBlank String type,
            @Schema(description = "Where deliveries go: an https URL", requiredMode = REQUIRED, pattern = "^https://.+",
                    example = "https://hooks.example.com/wharf")
            @NotBlank @Size(max = 2000) @WebUrl String url,
            @Schema(description = "The HTTP method of deliveries", requiredMode = REQUIRED, implementation = Method.class)
            @NotBlank String method,
            @Schema(description = "How Wharf authenticates to the receiver (NONE when absent)", implementation = AuthMethod.class)
            String authMethod,
            @Schema(description = "User for BASIC_AUTH", example = "wharf") @Size(max = 200) String username,
            @Schema(description = "Password for BASIC_AUTH; never shown back", example = "s3cret") @Size(max = 2000) String password,
            @Schema(description = "Token for TOKEN, sent in tokenHeader; never shown back", example = "tok-123") @Size(max = 2000)
            String token,
            @Schema(description = "The header that carries the token for TOKEN", example = "X-Api-Key") @Size(max = 200)
            String tokenHeader) {
    }

    @Schema(name = "WebhookModel", description = "A subscription as created; the password or token is never echoed")
    record Webhook(
            @Schema(requiredMode = REQUIRED, example = "17") long id,
            @Schema(requiredMode = REQUIRED, example = TYPES_EXAMPLE,
                    implementation = EventType.class)
            String type,
            @Schema(requiredMode = REQUIRED, example = "https://hooks.example.com/wharf") String url,
            @Schema(requiredMode = REQUIRED, implementation = Method.class) String method,
            @Schema(requiredMode = REQUIRED, implementation = AuthMethod.class) String authMethod,
            @Schema(description = "User for BASIC_AUTH", example = "wharf") String username,
            @Schema(description = "The header that carries the token for TOKEN", example = "X-Api-Key") String tokenHeader) {
    }

    @Schema(name = "LogisticsEvent", description = "One event; its id is the logisticsEventId of its webhook deliveries")
    record Event(
            @Schema(requiredMode = REQUIRED, example = "5f0c2a54-6a0e-4f3b-9d51-6d2a8f1f3b11") String id,
            @Schema(requiredMode = REQUIRED, example = TYPES_EXAMPLE,
                    implementation = EventType.class)
            String type,
            @Schema(requiredMode = REQUIRED, example = "2024-04-02T15:04:05Z") Instant time,
            @Schema(requiredMode = REQUIRED, description = "The webhook body's fields, every value a string",
                    example = "{\"logisticsEventType\": \"Order.Shipped\", \"orderId\": \"1042\"}")
            Map<String, String> payload) {
    }
}
