package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.outbound.OrderId;
import dev.wharf.returns.IdentifierType;
import dev.wharf.returns.ReturnDraft;
import dev.wharf.returns.ReturnId;
import dev.wharf.returns.ReturnStatus;
import dev.wharf.returns.Returns;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/returns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Returns", description = "Customer returns: announce them, follow them through receipt and inspection, cancel them")
class ReturnEndpoints {

    static final int DEFAULT_LIMIT = 20;
    private static final String PAGE_INFO = "page_info";

    private final Returns returns;
    private final Accounts accounts;
    private final Idempotency idempotency;

    ReturnEndpoints(Returns returns, Accounts accounts, Idempotency idempotency) {
        this.returns = returns;
        this.accounts = accounts;
        this.idempotency = idempotency;
    }

    private static final String CREATE_EXAMPLE = """
            {"rma": "RMA-1001", "externalReturnId": "SHOP-R-1001",
             "returnItems": [{"identifier": "DA1B2C3D4E5", "type": "LOGISTICS_SKU", "quantity": 1}],
             "sourceAddress": {"name": "Jane Buyer", "street1": "110 Sutter St", "city": "San Francisco", "zip": "94104",
                               "state": "CA", "country": "US", "isResidential": true}}""";

    @PostMapping
    @Operation(operationId = "CreateReturn", summary = "Announce a return; without externalLabel Wharf issues a label",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ReturnJson.CreateReturnRequest.class),
                    examples = @ExampleObject(name = "Wharf's label", value = CREATE_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ReturnJson.ReturnsApiOrder.class)))
    @ApiResponse(responseCode = "409", description = "A return with this externalReturnId already exists", content = @Content)
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> create(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody ReturnJson.CreateReturnRequest input,
                                  @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        return idempotency.run(tenant, key, "CreateReturn", input, () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(ReturnJson.ReturnsApiOrder.of(returns.create(tenant, accounts.soleMerchant(tenant), draft(input)))));
    }

    @GetMapping
    @Operation(operationId = "ListReturns", summary = "The merchant's returns, oldest first; the next page is in the Link header")
    @ApiResponse(responseCode = "200", description = "A bare array of returns",
            headers = @Header(name = HttpHeaders.LINK, description = "<…?page_info=…>; rel=\"next\" when there is a next page",
                    schema = @Schema(type = "string")),
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ReturnJson.ReturnsApiOrder.class))))
    ResponseEntity<List<ReturnJson.ReturnsApiOrder>> list(
            @AuthenticationPrincipal Tenant tenant, HttpServletRequest request,
            @Parameter(description = "Only the return with this externalReturnId") @RequestParam(required = false) String externalReturnId,
            @Parameter(description = "Only returns with this RMA") @RequestParam(required = false) String rma,
            @Parameter(description = "Only returns with this label tracking code") @RequestParam(required = false) String trackingCode,
            @Parameter(description = "Only returns in these statuses; repeat the parameter for several (status[] is accepted too)",
                    array = @ArraySchema(schema = @Schema(implementation = ReturnJson.Status.class)))
            @RequestParam(name = "status", required = false) List<String> status,
            @Parameter(hidden = true) @RequestParam(name = "status[]", required = false) List<String> statusBrackets,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) Integer limit,
            @Parameter(name = PAGE_INFO, in = ParameterIn.QUERY, description = "The cursor from a Link header; opaque")
            @RequestParam(name = PAGE_INFO, required = false) String pageInfo) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > LogisticsProductEndpoints.MAX_LIMIT) {
            throw new InvalidInput("limit", "must be 1 to " + LogisticsProductEndpoints.MAX_LIMIT);
        }
        var statuses = new ArrayList<ReturnStatus>();
        statuses(status, statuses);
        statuses(statusBrackets, statuses);
        long after = pageInfo == null ? 0 : ReturnCursor.decode(pageInfo);
        // One more than asked tells whether a next page exists without a second query.
        var found = returns.page(tenant, accounts.soleMerchant(tenant),
                new Returns.Filter(externalReturnId, rma, trackingCode, statuses), after, size + 1);
        var page = found.stream().limit(size).map(ReturnJson.ReturnsApiOrder::of).toList();
        var answer = ResponseEntity.ok();
        if (found.size() > size) {
            answer.header(HttpHeaders.LINK, "<" + next(request, ReturnCursor.encode(page.get(page.size() - 1).id())) + ">; rel=\"next\"");
        }
        return answer.body(page);
    }

    @GetMapping("/{returnId}")
    @Operation(operationId = "GetReturn", summary = "One return, with what the warehouse found in each unit")
    @ApiResponse(responseCode = "200", description = "The return", useReturnTypeSchema = true)
    ReturnJson.ReturnsApiOrder get(@AuthenticationPrincipal Tenant tenant, @PathVariable String returnId) {
        return ReturnJson.ReturnsApiOrder.of(returns.require(tenant, id(returnId)));
    }

    @PostMapping("/{returnId}/cancel")
    @Operation(operationId = "CancelReturn", summary = "Cancel a return the warehouse has not received; a cancelled one answers as it is")
    @ApiResponse(responseCode = "200", description = "The cancelled return",
            content = @Content(schema = @Schema(implementation = ReturnJson.ReturnsApiOrder.class)))
    @ApiResponse(responseCode = "409", description = "The warehouse has received the return; it can no longer be cancelled",
            content = @Content)
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> cancel(@AuthenticationPrincipal Tenant tenant, @PathVariable String returnId,
                                  @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        var id = id(returnId);
        return idempotency.run(tenant, key, "CancelReturn:" + returnId, returnId,
                () -> ResponseEntity.ok(ReturnJson.ReturnsApiOrder.of(returns.cancel(tenant, id))));
    }

    private static ReturnDraft draft(ReturnJson.CreateReturnRequest input) {
        var items = new ArrayList<ReturnDraft.Item>();
        for (int i = 0; i < input.returnItems().size(); i++) {
            var item = input.returnItems().get(i);
            var type = LogisticsEnums.require("returnItems[" + i + "].type", item.type(), List.of("LOGISTICS_SKU", "SKU"));
            items.add(new ReturnDraft.Item(item.identifier(), IdentifierType.valueOf(type), item.quantity()));
        }
        OrderId order = null;
        if (input.logisticsOrderId() != null) {
            if (!input.logisticsOrderId().matches("^\\d{1,18}$")) {
                throw new InvalidInput("logisticsOrderId", "'" + input.logisticsOrderId() + "' is not an order id (digits only)");
            }
            order = new OrderId(Long.parseLong(input.logisticsOrderId()));
        }
        return new ReturnDraft(input.rma(), input.externalReturnId(), items,
                input.sourceAddress() == null ? null : input.sourceAddress().toCore(),
                input.externalLabel() == null ? null : input.externalLabel().toCore(), order);
    }

    private static void statuses(List<String> values, List<ReturnStatus> into) {
        if (values == null) {
            return;
        }
        for (var value : values) {
            var name = LogisticsEnums.require("status", value,
                    java.util.Arrays.stream(ReturnJson.Status.values()).map(Enum::name).toList());
            into.add(ReturnStatus.valueOf(name));
        }
    }

    /** This request's URL with every parameter kept but the cursor, which becomes the next one. */
    private static String next(HttpServletRequest request, String cursor) {
        var url = new StringBuilder(ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString())
                .append('?');
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(PAGE_INFO)) {
                for (var value : values) {
                    url.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        });
        return url.append(PAGE_INFO).append('=').append(cursor).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Return ids are numbers; anything else is a bad request, not an unknown return. */
    static ReturnId id(String returnId) {
        if (returnId == null || !returnId.matches("^\\d{1,18}$")) {
            throw new InvalidInput("returnId", "'" + returnId + "' is not a return id (digits only)");
        }
        return new ReturnId(Long.parseLong(returnId));
    }

    /**
     * The list's cursor: base64url of {@code {"type":"RETURNS","cursor":"<last id>","direction":"next"}},
     * the vendor's layout, keyed on the return id (ids only grow, so a page never repeats or skips one).
     */
    static final class ReturnCursor {

        private static final java.util.regex.Pattern SHAPE =
                java.util.regex.Pattern.compile("^\\{\"type\":\"RETURNS\",\"cursor\":\"(\\d{1,18})\",\"direction\":\"next\"}$");

        private ReturnCursor() {
        }

        static String encode(long lastId) {
            var json = "{\"type\":\"RETURNS\",\"cursor\":\"" + lastId + "\",\"direction\":\"next\"}";
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }

        static long decode(String pageInfo) {
            try {
                var matcher = SHAPE.matcher(new String(Base64.getUrlDecoder().decode(pageInfo), StandardCharsets.UTF_8));
                if (matcher.matches()) {
                    return Long.parseLong(matcher.group(1));
                }
            } catch (IllegalArgumentException notBase64) {
                // answered below, as any other cursor this API did not write
            }
            throw new InvalidInput(PAGE_INFO, "is not a cursor from this API's Link header");
        }
    }
}
