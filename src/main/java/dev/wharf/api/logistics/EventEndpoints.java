package dev.wharf.api.logistics;

import dev.wharf.account.Tenant;
import dev.wharf.events.LogisticsEventType;
import dev.wharf.events.LogisticsEvents;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events feed: a bare array, oldest first, with the next page's cursor in a Link header. The
 * cursor ({@code page_info}) is base64url of {@code {type, cursor, direction}} like the vendor's,
 * the cursor being the feed's sequence number; the Link repeats the request's own filters.
 */
@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "Every event of the account, the same ones its webhooks deliver")
class EventEndpoints {

    static final int MAX_LIMIT = 100;
    private static final String CURSOR_TYPE = "events";

    private record PageInfo(String type, String cursor, String direction) {
    }

    private final LogisticsEvents events;
    private final JsonMapper json;

    EventEndpoints(LogisticsEvents events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    @GetMapping
    @Operation(operationId = "ListEvents", summary = "The account's events, a page at a time; no Link header means the end")
    @ApiResponse(responseCode = "200", description = "A bare array of events, oldest first", useReturnTypeSchema = true,
            headers = @Header(name = "Link", description = "<…?page_info=…>; rel=\"next\" while more events follow",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "limit outside 1..100, an unknown type, a malformed after or page_info")
    ResponseEntity<List<WebhookJson.Event>> list(
            @AuthenticationPrincipal Tenant tenant,
            @Parameter(description = "Events per page, 1 to 100", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                    defaultValue = "100")) @RequestParam(required = false) String limit,
            @Parameter(description = "Only these event ids (repeat the parameter)", explode = Explode.TRUE,
                    array = @ArraySchema(schema = @Schema(type = "string")))
            @RequestParam(required = false) List<String> ids,
            @Parameter(description = "Only these event types (repeat the parameter)", explode = Explode.TRUE,
                    array = @ArraySchema(schema = @Schema(implementation = WebhookJson.EventType.class)))
            @RequestParam(required = false) List<String> type,
            @Parameter(description = "Only events after this time (RFC 3339)", schema = @Schema(type = "string", format = "date-time"))
            @RequestParam(required = false) String after,
            @Parameter(name = "page_info", description = "The cursor from the previous page's Link header",
                    schema = @Schema(type = "string")) @RequestParam(name = "page_info", required = false) String pageInfo) {
        int size = limit(limit);
        var types = type == null ? List.<LogisticsEventType>of() : type.stream().map(t -> LogisticsEventType.ofWireName(t)
                .orElseThrow(() -> new InvalidInput("type", "'" + t + "' is not an event type"))).toList();
        var page = events.page(tenant, new LogisticsEvents.Query(size, ids == null ? List.of() : ids, types, instant(after),
                cursor(pageInfo)));
        var body = page.events().stream()
                .map(e -> new WebhookJson.Event(e.id(), e.type().wireName(), e.time(), e.payload())).toList();
        var answer = ResponseEntity.ok();
        if (page.next() != null) {
            var next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page_info", encode(page.next())).build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(body);
    }

    private static int limit(String limit) {
        if (limit == null) {
            return MAX_LIMIT;
        }
        if (!limit.matches("^\\d{1,9}$") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
            throw new InvalidInput("limit", "'" + limit + "' is not a number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(limit);
    }

    private static Instant instant(String after) {
        if (after == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(after).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("after", "'" + after + "' is not an RFC 3339 date-time");
        }
    }

    private String encode(long sequence) {
        var info = new PageInfo(CURSOR_TYPE, Long.toString(sequence), "next");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(info));
    }

    private long cursor(String pageInfo) {
        if (pageInfo == null) {
            return 0;
        }
        try {
            var info = json.readValue(Base64.getUrlDecoder().decode(pageInfo), PageInfo.class);
            if (!CURSOR_TYPE.equals(info.type()) || !"next".equals(info.direction()) || info.cursor() == null
                    || !info.cursor().matches("^\\d{1,18}$")) {
                throw new IllegalArgumentException("not an events cursor");
            }
            return Long.parseLong(info.cursor());
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            throw new InvalidInput("page_info", "not a cursor this API handed out");
        }
    }
}
