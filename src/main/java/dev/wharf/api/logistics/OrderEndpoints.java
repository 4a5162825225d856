package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.SellableUnits;
import dev.wharf.outbound.CancellingOrder;
import dev.wharf.outbound.OrderDraft;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderTerms;
import dev.wharf.outbound.OrderType;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PlacingOrder;
import dev.wharf.outbound.RetryingOrder;
import dev.wharf.outbound.ShipTo;
import dev.wharf.outbound.ShortagePolicy;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "The Orders API: create orders, track their lifecycle and current status")
class OrderEndpoints {

    private final PlacingOrder placing;
    private final RetryingOrder retrying;
    private final CancellingOrder cancelling;
    private final Orders orders;
    private final Accounts accounts;
    private final SellableUnits sellable;
    private final OrderMapper mapper;
    private final Idempotency idempotency;
    private final JsonMapper json;

    OrderEndpoints(PlacingOrder placing, RetryingOrder retrying, CancellingOrder cancelling, Orders orders, Accounts accounts,
                   SellableUnits sellable, OrderMapper mapper, Idempotency idempotency, JsonMapper json) {
        this.placing = placing;
        this.retrying = retrying;
        this.cancelling = cancelling;
        this.orders = orders;
        this.accounts = accounts;
        this.sellable = sellable;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.json = json;
    }

    private static final String CREATE_EXAMPLE = """
            {"externalOrderId": "SHOP-1001", "source": "SHOPIFY", "shipMethod": "Standard",
             "address": {"name": "Jane Buyer", "address1": "110 Sutter St", "city": "San Francisco", "provinceCode": "CA",
                         "zip": "94104", "countryCode": "US", "phone": "+1 415 555 0100"},
             "lineItems": [{"logisticsSku": "DA1B2C3D4E5", "quantity": 2,
                            "customsUnitValue": {"amount": 12.50, "currencyCode": "USD"}}]}""";

    @PostMapping
    @Operation(operationId = "CreateOrder", summary = "Create an order to be fulfilled",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = OrderJson.CreateOrderInput.class),
                    examples = @ExampleObject(name = "one line", value = CREATE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Ok", content = @Content(schema = @Schema(implementation = OrderJson.Order.class)))
    @ApiResponse(responseCode = "409", description = "An order with this externalOrderId already exists", content = @Content)
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> createOrder(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody OrderJson.CreateOrderInput input,
                                       @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        return idempotency.run(tenant, key, "CreateOrder", input, () -> ResponseEntity.ok(mapper.toJson(place(tenant, input))));
    }

    @GetMapping("/{orderId}")
    @Operation(operationId = "GetOrder", summary = "Returns a FulfillmentOrder resource by ID")
    @ApiResponse(responseCode = "200", description = "Ok", content = @Content(schema = @Schema(implementation = OrderJson.Order.class)))
    OrderJson.Order getOrder(@AuthenticationPrincipal Tenant tenant, @PathVariable String orderId) {
        return mapper.toJson(orders.require(tenant, id(orderId)));
    }

    @GetMapping("/external_id/{externalOrderId}")
    @Operation(operationId = "GetOrderByExternalId", summary = "Get an order by the external order ID given at creation")
    @ApiResponse(responseCode = "200", description = "Ok", content = @Content(schema = @Schema(implementation = OrderJson.Order.class)))
    OrderJson.Order getByExternalId(@AuthenticationPrincipal Tenant tenant, @PathVariable String externalOrderId) {
        return orders.findByExternalId(tenant, accounts.soleMerchant(tenant), externalOrderId).map(mapper::toJson)
                .orElseThrow(() -> new NotFound("externalOrderId", "order " + externalOrderId + " not found"));
    }

    @PostMapping("/{orderId}/retry")
    @Operation(operationId = "RetryOrder", summary = "Retries processing of a fulfillment order")
    @ApiResponse(responseCode = "200", description = "Ok", content = @Content(schema = @Schema(implementation = OrderJson.Order.class)))
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> retryOrder(@AuthenticationPrincipal Tenant tenant, @PathVariable String orderId,
                                      @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        var id = id(orderId);
        return idempotency.run(tenant, key, "RetryOrder:" + orderId, orderId,
                () -> ResponseEntity.ok(mapper.toJson(retrying.retry(tenant, id))));
    }

    @PostMapping("/{orderId}/cancel")
    @Operation(operationId = "CancelOrder", summary = "Cancel an order; an order already processed or shipped cannot be cancelled")
    @ApiResponse(responseCode = "200", description = "Ok", content = @Content(schema = @Schema(implementation = OrderJson.Order.class)))
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> cancelOrder(@AuthenticationPrincipal Tenant tenant, @PathVariable String orderId,
                                       @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        var id = id(orderId);
        return idempotency.run(tenant, key, "CancelOrder:" + orderId, orderId,
                () -> ResponseEntity.ok(mapper.toJson(cancelling.cancel(tenant, id))));
    }

    @GetMapping(path = "/{orderId}/packages/{packageId}/label", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_PLAIN_VALUE})
    @Operation(operationId = "GetPackageLabel", summary = "A package's shipping label: the PDF, else the ZPL program (labelUrl points here)")
    @ApiResponse(responseCode = "200", description = "The label", content = {
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))})
    ResponseEntity<?> packageLabel(@AuthenticationPrincipal Tenant tenant, @PathVariable String orderId, @PathVariable String packageId) {
        if (packageId == null || !packageId.matches("^\\d{1,18}$")) {
            throw new InvalidInput("packageId", "'" + packageId + "' is not a package id (digits only)");
        }
        var label = orders.packageLabel(tenant, id(orderId), Long.parseLong(packageId))
                .filter(l -> l.pdf() != null || l.zpl() != null)
                .orElseThrow(() -> new NotFound("packageId", "no label for package " + packageId));
        return label.pdf() != null ? ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(label.pdf())
                : ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(label.zpl());
    }

    private dev.wharf.outbound.OrderView place(Tenant tenant, OrderJson.CreateOrderInput input) {
        var merchant = accounts.soleMerchant(tenant);
        var source = LogisticsEnums.require("source", input.source(), LogisticsEnums.SOURCES);
        if (input.duties() != null) {
            LogisticsEnums.require("duties.incoterm", input.duties().incoterm(), LogisticsEnums.INCOTERMS);
            LogisticsEnums.require("duties.merchantOfRecordProvider", input.duties().merchantOfRecordProvider(),
                    LogisticsEnums.MERCHANT_OF_RECORD_PROVIDERS);
        }
        var lines = new ArrayList<OrderDraft.Line>();
        var requested = new ArrayList<OrderTerms.RequestedLine>();
        var ordered = new ArrayList<SellableUnits.Ordered>();
        for (int i = 0; i < input.lineItems().size(); i++) {
            var item = input.lineItems().get(i);
            ordered.add(new SellableUnits.Ordered("lineItems[" + i + "].logisticsSku", item.logisticsSku(), item.quantity()));
        }
        sellable.ofAll(tenant, merchant, ordered).forEach(units -> lines.add(new OrderDraft.Line(units.product(), null, units.quantity())));
        for (var item : input.lineItems()) {
            var money = item.customsUnitValue();
            requested.add(new OrderTerms.RequestedLine(item.logisticsSku(), item.quantity(), money == null ? null : money.amount(),
                    money == null ? null : money.currencyCode()));
        }
        var a = input.address();
        if ("US".equalsIgnoreCase(a.countryCode()) && (a.provinceCode() == null || !LogisticsEnums.US_STATES.contains(a.provinceCode()))) {
            throw new InvalidInput("address.provinceCode", "a US address needs its 2-letter state postal abbreviation, e.g. CA");
        }
        var terms = new OrderTerms(input.externalOrderId(), source == null ? LogisticsEnums.DEFAULT_SOURCE : source,
                input.promisedShipByTime() == null ? null : input.promisedShipByTime().toInstant(),
                input.promisedDeliveryByTime() == null ? null : input.promisedDeliveryByTime().toInstant(),
                input.deliveryDays(), input.isSubscriptionOrder(),
                input.duties() == null ? null : json.writeValueAsString(input.duties()), input.packingSlipUrl(), requested);
        var draft = new OrderDraft(merchant, null, OrderType.STOCK, null, null,
                new ShipTo(a.name(), null, a.company(), a.address1(), a.address2(), a.city(), a.provinceCode(), a.zip(), a.countryCode(),
                        a.phone()),
                lines, java.util.List.of(), null, input.shipMethod(), terms);
        return placing.place(tenant, draft, ShortagePolicy.HOLD, PlacingOrder.Recipient.NAME_OPTIONAL);
    }

    /** Order ids are strings of digits; anything else is a bad request, not an unknown order. */
    static OrderId id(String orderId) {
        if (orderId == null || !orderId.matches("^\\d{1,18}$")) {
            throw new InvalidInput("orderId", "'" + orderId + "' is not an order id (digits only)");
        }
        return new OrderId(Long.parseLong(orderId));
    }
}
