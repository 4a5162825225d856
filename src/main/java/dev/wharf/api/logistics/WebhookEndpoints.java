package dev.wharf.api.logistics;

import dev.wharf.account.Tenant;
import dev.wharf.events.LogisticsEventType;
import dev.wharf.events.LogisticsWebhooks;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions: the adapter checks shapes and enum spellings; the events module owns the
 * rules (duplicates, credentials per auth method) and the durable delivery.
 */
@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Subscriptions to events, delivered at least once with a stable logisticsEventId")
class WebhookEndpoints {

    private static final String CREATE_EXAMPLE = """
            {"type": "Order.Shipped", "url": "https://hooks.example.com/wharf", "method": "POST",
             "authMethod": "TOKEN", "token": "tok-123", "tokenHeader": "X-Api-Key"}""";

    private final LogisticsWebhooks webhooks;

    WebhookEndpoints(LogisticsWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    @Operation(operationId = "CreateWebhook", summary = "Subscribe a URL to one event type",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    schema = @Schema(implementation = WebhookJson.CreateInput.class),
                    examples = @ExampleObject(name = "token", value = CREATE_EXAMPLE))))
    @ApiResponse(responseCode = "202", description = "Accepted: the subscription", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed, or the URL is not https")
    @ApiResponse(responseCode = "409", description = "This account already has a webhook for this type and URL")
    @ApiResponse(responseCode = "422", description = "The request is well-formed but cannot be processed")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WebhookJson.Webhook create(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody WebhookJson.CreateInput input) {
        var type = LogisticsEventType.ofWireName(input.type()).orElseThrow(() -> new InvalidInput("type",
                "'" + input.type() + "' is not one of " + String.join(", ", java.util.Arrays.stream(LogisticsEventType.values())
                        .map(LogisticsEventType::wireName).toList())));
        var method = LogisticsWebhooks.Method.valueOf(LogisticsEnums.require("method", input.method(), names(WebhookJson.Method.values())));
        var auth = input.authMethod() == null ? null : LogisticsWebhooks.AuthMethod.valueOf(
                LogisticsEnums.require("authMethod", input.authMethod(), names(WebhookJson.AuthMethod.values())));
        return json(webhooks.subscribe(tenant, new LogisticsWebhooks.Request(type, input.url(), method, auth, input.username(),
                input.password(), input.token(), input.tokenHeader())));
    }

    @GetMapping
    @Operation(operationId = "ListWebhooks", summary = "The account's webhooks, as a bare array")
    @ApiResponse(responseCode = "200", description = "Every webhook of the account", useReturnTypeSchema = true)
    List<WebhookJson.Webhook> list(@AuthenticationPrincipal Tenant tenant) {
        return webhooks.list(tenant).stream().map(WebhookEndpoints::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "GetWebhook", summary = "One webhook")
    @ApiResponse(responseCode = "200", description = "The webhook", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No webhook of this account has this id")
    WebhookJson.Webhook get(@AuthenticationPrincipal Tenant tenant, @PathVariable String id) {
        return webhooks.find(tenant, id(id)).map(WebhookEndpoints::json).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "DeleteWebhook", summary = "Stop delivering to a webhook (deliveries already queued still go out)")
    @ApiResponse(responseCode = "200", description = "Deleted: the webhook as it was", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No webhook of this account has this id")
    WebhookJson.Webhook delete(@AuthenticationPrincipal Tenant tenant, @PathVariable String id) {
        return json(webhooks.delete(tenant, id(id)));
    }

    private static long id(String id) {
        if (id == null || !id.matches("^\\d{1,18}$")) {
            throw new InvalidInput("id", "'" + id + "' is not a webhook id (digits only)");
        }
        return Long.parseLong(id);
    }

    private static NotFound notFound(String id) {
        return new NotFound("id", "webhook " + id + " not found");
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static WebhookJson.Webhook json(LogisticsWebhooks.Subscription s) {
        return new WebhookJson.Webhook(s.id(), s.type().wireName(), s.url(), s.method().name(), s.authMethod().name(), s.username(),
                s.tokenHeader());
    }
}
