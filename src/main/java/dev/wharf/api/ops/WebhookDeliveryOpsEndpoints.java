package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.account.OperatorRole;
import dev.wharf.api.support.Paging;
import dev.wharf.events.ParkedDeliveries;
import dev.wharf.shared.Forbidden;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook deliveries that used up their attempts: a supervisor sees them and replays one once the
 * receiver is fixed. Deliveries belong to accounts, not warehouses, so any supervisor sees them
 * all (the receiver's host only, never its credentials or the body).
 */
@RestController
@RequestMapping(path = "/ops/api/webhook-deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhook deliveries", description = "Parked webhook deliveries and their replay (supervisors)")
class WebhookDeliveryOpsEndpoints {

    private static final String NOT_SUPERVISOR = "Refused: only a supervisor handles webhook deliveries, or the delivery is not parked";

    @Schema(description = "A webhook delivery: the event it carries and how its last attempt went", requiredProperties = {"id",
            "eventId", "status", "method", "host", "attempts", "createdAt", "lastAttemptAt", "lastHttpStatus", "lastError"})
    record DeliveryJson(long id,
                        @Schema(description = "Sent as X-Wharf-Event-Id on every attempt") String eventId,
                        @Schema(allowableValues = {"PENDING", "DELIVERED", "FAILED", "PARKED"}) String status,
                        @Schema(allowableValues = {"POST", "PUT"}) String method,
                        @Schema(description = "The receiver's host") String host,
                        @Schema(description = "Attempts made so far") int attempts,
                        Instant createdAt,
                        @Schema(types = {"string", "null"}, format = "date-time") Instant lastAttemptAt,
                        @Schema(types = {"integer", "null"}, description = "The receiver's last answer, null when none came")
                        Integer lastHttpStatus,
                        @Schema(types = {"string", "null"}, description = "Why no answer came, when none did") String lastError) {

        static DeliveryJson of(ParkedDeliveries.Delivery d) {
            return new DeliveryJson(d.id(), d.eventId(), d.status(), d.method(), d.host(), d.attempts(), d.createdAt(),
                    d.lastAttemptAt(), d.lastHttpStatus(), d.lastError());
        }
    }

    private final ParkedDeliveries deliveries;

    WebhookDeliveryOpsEndpoints(ParkedDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(operationId = "listWebhookDeliveries", summary = "Deliveries in a final state that was not success, oldest first, "
            + "a page at a time: pass the last id seen as after")
    @ApiResponse(responseCode = "200", description = "A page of the deliveries", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "status is not PARKED or FAILED")
    @ApiResponse(responseCode = "409", description = NOT_SUPERVISOR)
    List<DeliveryJson> list(@AuthenticationPrincipal Operator operator,
                            @Parameter(description = "PARKED (Logistics webhooks) or FAILED (partner status push)",
                                    schema = @Schema(allowableValues = {"PARKED", "FAILED"}, defaultValue = "PARKED"))
                            @RequestParam(required = false, defaultValue = "PARKED") String status,
                            @RequestParam(defaultValue = "0") @Parameter(description = Paging.AFTER) long after,
                            @RequestParam(defaultValue = "" + Paging.MAX) @Parameter(description = Paging.LIMIT) int limit) {
        requireSupervisor(operator);
        if (!"PARKED".equals(status) && !"FAILED".equals(status)) {
            throw new InvalidInput("status", "'" + status + "' is not one of PARKED, FAILED");
        }
        return deliveries.list(status, Paging.keyset(after, limit)).stream().map(DeliveryJson::of).toList();
    }

    @PostMapping("/{id}/replay")
    @Operation(operationId = "replayWebhookDelivery",
            summary = "Queue a parked delivery again, due now, with the same event id, for another round of attempts")
    @ApiResponse(responseCode = "200", description = "Queued again", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No delivery has this id")
    @ApiResponse(responseCode = "409", description = NOT_SUPERVISOR)
    DeliveryJson replay(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        requireSupervisor(operator);
        return DeliveryJson.of(deliveries.replay(id));
    }

    private static void requireSupervisor(Operator operator) {
        if (operator.role() != OperatorRole.SUPERVISOR) {
            throw new Forbidden("role", "only a supervisor handles webhook deliveries");
        }
    }
}
