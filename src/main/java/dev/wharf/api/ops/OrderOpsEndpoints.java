package dev.wharf.api.ops;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Operator;
import dev.wharf.api.support.ProductScan;
import dev.wharf.catalog.ProductId;
import dev.wharf.events.EventLog;
import dev.wharf.outbound.CancellingOrder;
import dev.wharf.outbound.OrderFilter;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderSearch;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderType;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PackageSpec;
import dev.wharf.outbound.PackageView;
import dev.wharf.outbound.Packing;
import dev.wharf.outbound.PickListView;
import dev.wharf.outbound.Picking;
import dev.wharf.outbound.PrintingPackingSlip;
import dev.wharf.outbound.ReceivingForOrder;
import dev.wharf.outbound.RetryingOrder;
import dev.wharf.outbound.ShippingOrder;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.TimeSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/ops/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Orders of every dialect: pick, pack, label, ship, deliver")
class OrderOpsEndpoints {

    private static final String DONE = "Done; the answer shows the result";
    private static final String STATE_REFUSED = "Refused by the order's, pick list's or package's state "
            + "(e.g. cancelling once picking started); nothing was changed";

    private static final String ONE_PACKAGE_WHARF_S_LABEL_EXAMPLE = """
            {
              "packages": [
                {
                  "box": "S2",
                  "weightKg": 1.2,
                  "lengthCm": 30,
                  "widthCm": 20,
                  "heightCm": 10,
                  "items": [
                    {
                      "barcode": "0012345678905",
                      "quantity": 2
                    }
                  ]
                }
              ],
              "carrier": "UPS",
              "service": "GROUND"
            }
            """;

    @Schema(requiredProperties = {"lineId", "productId", "quantity", "received"})
    record LineJson(long lineId, long productId, int quantity,
                    @Schema(description = "Units received so far (non-stock and collection shipments)") int received) {
    }

    @Schema(requiredProperties = {"productId", "quantity"})
    record ItemJson(long productId, int quantity) {
    }

    @Schema(description = "A package of the order", requiredProperties = {"id", "number", "box", "weightKg", "carrier", "service",
            "trackingNumber", "labelSource", "hasLabel", "labelError", "status", "cost", "shippedAt", "items"})
    record PackageJson(long id, @Schema(description = "1, 2, … within the order") int number, @Schema(types = {"string", "null"}) String box,
                       BigDecimal weightKg, @Schema(types = {"string", "null"}) String carrier,
                       @Schema(types = {"string", "null"}) String service,
                       @Schema(types = {"string", "null"}) String trackingNumber,
                       @Schema(types = {"string", "null"}, allowableValues = {"MERCHANT", "PARTNER", "WHARF", "EXTERNAL"},
                               description = "EXTERNAL: a label bought outside Wharf, its tracking number entered at packing or shipping")
                       String labelSource,
                       boolean hasLabel, @Schema(types = {"string", "null"}) String labelError, PackageView.Status status,
                       @Schema(types = {"number", "null"}) BigDecimal cost,
                       @Schema(types = {"string", "null"}, format = "date-time") Instant shippedAt, List<ItemJson> items) {
    }

    @Schema(description = "An order of any dialect, as the floor sees it, with every reference the floor may be asked about",
            requiredProperties = {"id", "number", "merchantId", "type", "status", "late", "shipBy", "shippingMethod", "errorType",
                    "errorMessage", "carrier", "service", "trackingNumber", "shippedAt", "deliveredAt", "lines", "packages", "externalId",
                    "source", "note", "carrierAccount", "boxName", "deliverBy", "createdAt", "currency"})
    record OrderJson(long id, String number, long merchantId, OrderType type, OrderStatus status,
                     @Schema(description = "Not shipped and past its ship-by time") boolean late,
                     @Schema(types = {"string", "null"}, format = "date-time") Instant shipBy,
                     @Schema(types = {"string", "null"}) String shippingMethod, @Schema(types = {"string", "null"}) String errorType,
                     @Schema(types = {"string", "null"}) String errorMessage, @Schema(types = {"string", "null"}) String carrier,
                     @Schema(types = {"string", "null"}) String service,
                     @Schema(types = {"string", "null"}) String trackingNumber,
                     @Schema(types = {"string", "null"}, format = "date-time") Instant shippedAt,
                     @Schema(types = {"string", "null"}, format = "date-time") Instant deliveredAt,
                     List<LineJson> lines, List<PackageJson> packages,
                     @Schema(types = {"string", "null"}, description = "The platform's own id: the Logistics externalOrderId, the "
                             + "Deliverr partner shipment id (deliverrShipmentId)") String externalId,
                     @Schema(types = {"string", "null"}, description = "Where the order came from (the dialect or platform)") String source,
                     @Schema(types = {"string", "null"}, description = "The merchant's note for the floor") String note,
                     @Schema(types = {"string", "null"}, description = "The partner's carrier account the order ships on")
                     String carrierAccount,
                     @Schema(types = {"string", "null"}, description = "The box the partner asked for") String boxName,
                     @Schema(types = {"string", "null"}, format = "date-time") Instant deliverBy,
                     @Schema(format = "date-time") Instant createdAt,
                     @Schema(description = "ISO 4217; package costs are in its scale") String currency) {

        static OrderJson of(OrderView o, Instant now) {
            var terms = o.terms();
            return new OrderJson(o.id().value(), o.number(), o.merchant().value(), o.type(), o.status(), o.isLate(now),
                    o.shipBy(), o.shippingMethod(), o.errorType() == null ? null : o.errorType().name(), o.errorMessage(), o.carrierName(), o.carrierService(),
                    o.trackingNumber(), o.shippedAt(), o.deliveredAt(),
                    o.lines().stream().map(l -> new LineJson(l.id(), l.product().value(), l.quantity(), l.received())).toList(),
                    o.packages().stream().map(p -> pkg(p, o.currency())).toList(),
                    terms == null ? null : terms.externalId(), terms == null ? null : terms.source(), o.note(),
                    terms == null ? null : terms.carrierAccount(), terms == null ? null : terms.boxName(), o.deliverBy(), o.createdAt(),
                    o.currency());
        }

        private static PackageJson pkg(PackageView p, String currency) {
            return new PackageJson(p.id(), p.position(), p.box(), OpsNumbers.measure(p.weightKg()), p.carrier(), p.service(),
                    p.trackingNumber(), p.labelSource() == null ? null : p.labelSource().name(), p.hasLabel(), p.labelError(), p.status(),
                    OpsNumbers.money(p.cost(), currency), p.shippedAt(),
                    p.items().stream().map(i -> new ItemJson(i.product().value(), i.quantity())).toList());
        }
    }

    @Schema(description = "Take units of a product from a section for an order", requiredProperties = {"id", "orderId", "section",
            "productId", "quantity", "picked", "status"})
    record TaskJson(long id, long orderId, String section, long productId, int quantity, int picked, PickListView.TaskStatus status) {
    }

    @Schema(description = "A pick list: tasks in section order", requiredProperties = {"id", "number", "status", "tasks"})
    record PickListJson(long id, String number, PickListView.Status status, List<TaskJson> tasks) {

        static PickListJson of(PickListView v) {
            return new PickListJson(v.id(), v.number(), v.status(), v.tasks().stream()
                    .map(t -> new TaskJson(t.id(), t.order().value(), t.section(), t.product().value(), t.quantity(), t.picked(),
                            t.status())).toList());
        }
    }

    @Schema(description = "Orders to pick together")
    record PickListRequest(@NotEmpty @Schema(description = "Ids of allocated orders in this warehouse", example = "[1001, 1002]")
                           List<@NotNull Long> orderIds) {
    }

    @Schema(description = "A confirmed pick: the section and product scanned")
    record PickRequest(@NotBlank @Schema(description = "Section scanned", example = "A-01-1") String section,
                       @Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                       @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                       @NotNull @Positive @Schema(description = "Units picked", example = "2") Integer quantity) {
    }

    @Schema(description = "What was found where the task expected more")
    record ShortPickRequest(@NotNull @PositiveOrZero @Schema(description = "Units actually found", example = "1") Integer found) {
    }

    @Schema(description = "Units of a product in a package")
    record PackItem(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                    @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                    @NotNull @Positive @Schema(description = "Units", example = "2") Integer quantity) {
    }

    @Schema(description = "One package: its box, weight, dimensions and content")
    record PackBox(@Schema(description = "Box type or name", example = "S2") String box,
                   @NotNull @Positive @Schema(description = "Weight, kg", example = "1.2") BigDecimal weightKg,
                   @Positive @Schema(description = "Length, cm", example = "30") BigDecimal lengthCm,
                   @Positive @Schema(description = "Width, cm", example = "20") BigDecimal widthCm,
                   @Positive @Schema(description = "Height, cm", example = "10") BigDecimal heightCm,
                   @NotEmpty @Schema(description = "What is in the package") List<@NotNull @Valid PackItem> items,
                   @Size(max = 100) @Schema(description = "Tracking number of a label bought outside Wharf for this package",
                           example = "1Z999AA10123456784") String trackingNumber) {
    }

    @Schema(description = "The order packed into one or more packages; carrier and service choose Wharf's label when the order "
            + "brings none")
    record PackRequest(@NotEmpty @Schema(description = "The packages") List<@NotNull @Valid PackBox> packages,
                       @Schema(description = "Carrier, when Wharf prints the label", example = "UPS") String carrier,
                       @Schema(description = "Carrier service, when Wharf prints the label", example = "GROUND") String service,
                       @Size(max = 100) @Schema(description = "The tracking number on the merchant's own label, or of a label bought "
                               + "outside Wharf for a one-package order (kept, reported to the partner; no other label is made)")
                       String trackingNumber) {
    }

    @Schema(description = "For an order labelled outside Wharf: how it went. A packed order needs no body; given, its tracking number "
            + "labels the package still without one and its cost prices the shipment instead of the rate table")
    record ShipRequest(@Size(max = 100) @Schema(description = "Carrier", example = "UPS") String carrier,
                       @Size(max = 100) @Schema(description = "Carrier service", example = "GROUND") String service,
                       @Size(max = 100) @Schema(description = "The carrier's tracking number; for a packed order, it labels the one "
                               + "package still without a label", example = "1Z999AA10123456784") String trackingNumber,
                       @PositiveOrZero @Schema(description = "Shipping cost", example = "7.95") BigDecimal cost) {
    }

    @Schema(description = "Goods of a non-stock or collection shipment received at the dock")
    record GoodsReceipt(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                        @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                        @NotNull @PositiveOrZero @Schema(description = "Units in good condition", example = "3") Integer good,
                        @PositiveOrZero @Schema(description = "Units damaged; 0 when left out", example = "0") Integer damaged,
                        @Schema(description = "Section received into; the receiving dock when left out", example = "DOCK")
                        String section) {
    }

    @Schema(description = "One transition of an order", requiredProperties = {"sequence", "type", "fromStatus", "toStatus", "actor",
            "occurredAt"})
    record EventJson(long sequence, String type, @Schema(types = {"string", "null"}) String fromStatus,
                     @Schema(types = {"string", "null"}) String toStatus, @Schema(types = {"string", "null"}) String actor, Instant occurredAt) {
    }

    private final Orders orders;
    private final Picking picking;
    private final Packing packing;
    private final ShippingOrder shipping;
    private final CancellingOrder cancelling;
    private final RetryingOrder retrying;
    private final ReceivingForOrder receiving;
    private final PrintingPackingSlip packingSlips;
    private final EventLog events;
    private final ProductScan scan;
    private final TimeSource time;
    private final OrderSearch search;

    OrderOpsEndpoints(Orders orders, Picking picking, Packing packing, ShippingOrder shipping, CancellingOrder cancelling,
                      RetryingOrder retrying, ReceivingForOrder receiving, PrintingPackingSlip packingSlips,
                      EventLog events, ProductScan scan, TimeSource time, OrderSearch search) {
        this.orders = orders;
        this.picking = picking;
        this.packing = packing;
        this.shipping = shipping;
        this.cancelling = cancelling;
        this.retrying = retrying;
        this.receiving = receiving;
        this.packingSlips = packingSlips;
        this.events = events;
        this.scan = scan;
        this.time = time;
        this.search = search;
    }

    @GetMapping("/orders")
    @Operation(operationId = "orders", summary = "Orders here, oldest first, a page at a time (pass the last id seen as after): by "
            + "status, merchant, day of creation, a reference (q) or only the late ones")
    List<OrderJson> list(@AuthenticationPrincipal Operator operator,
                         @RequestParam(required = false) @Parameter(description = "Only orders in this status", schema = @Schema(
                                 implementation = OrderStatus.class)) String status,
                         @RequestParam(defaultValue = "false") @Parameter(description = "Only the late orders (other filters ignored)")
                         boolean late,
                         @RequestParam(defaultValue = "0") @Parameter(description = "Answer orders after this id") long after,
                         @RequestParam(defaultValue = "50") @Parameter(description = "Page size, 1 to 200") int limit,
                         @RequestParam(required = false) @Parameter(description = "Exactly the order id or number, the platform's id "
                                 + "(externalOrderId, Deliverr partner shipment id), a tracking number of the order or a package, the "
                                 + "carrier account or box name; or a word of the note; or a ship-by day (2026-11-30)") String q,
                         @RequestParam(required = false) @Parameter(description = "Only this merchant's orders") Long merchantId,
                         @RequestParam(required = false) @Parameter(description = "Created on or after this day (warehouse's calendar)",
                                 schema = @Schema(type = "string", format = "date")) String from,
                         @RequestParam(required = false) @Parameter(description = "Created on or before this day (warehouse's calendar)",
                                 schema = @Schema(type = "string", format = "date")) String to) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInput("limit", "must be 1 to 200");
        }
        var now = time.now();
        if (late) {
            return orders.late(operator.warehouseId(), after, limit).stream().map(o -> OrderJson.of(o, now)).toList();
        }
        var filter = new OrderFilter(q, merchantId == null ? null : new MerchantId(merchantId), status(status), OpsDates.day("from", from),
                OpsDates.day("to", to));
        var found = filter.equals(new OrderFilter(null, null, filter.status(), null, null))
                ? orders.inWarehouse(operator.warehouseId(), filter.status(), after, limit)
                : search.find(operator.warehouseId(), filter, after, limit);
        return found.stream().map(o -> OrderJson.of(o, now)).toList();
    }

    @GetMapping("/orders/{id}")
    @Operation(operationId = "order", summary = "One order with its lines and packages")
    OrderJson order(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return OrderJson.of(here(operator, id), time.now());
    }

    @GetMapping("/orders/{id}/events")
    @Operation(operationId = "orderEvents", summary = "Every transition of the order: what, when, who")
    List<EventJson> history(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        here(operator, id);
        return events.history(new OrderId(id)).stream()
                .map(e -> new EventJson(e.sequence(), e.type(), e.fromStatus(), e.toStatus(), e.actor(), e.occurredAt())).toList();
    }

    @PostMapping("/orders/{id}/receipts")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "receiveForOrder", summary = "Receive the goods of a non-stock or collection shipment")
    OrderJson receiveGoods(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody GoodsReceipt r) {
        var order = here(operator, id);
        var product = scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), order.merchant());
        return OrderJson.of(receiving.receive(operator.warehouseId(), order.id(), product, r.good(),
                r.damaged() == null ? 0 : r.damaged(), r.section(), operator.username()), time.now());
    }

    @PostMapping("/orders/{id}/retry")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "retryOrder", summary = "Allocate again an order held in error for want of stock")
    OrderJson retry(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        here(operator, id);
        return OrderJson.of(retrying.retry(new OrderId(id), operator.username()), time.now());
    }

    @PostMapping("/orders/{id}/cancel")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "cancelOrder", summary = "The warehouse cancels an order (until picking starts)")
    OrderJson cancel(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        here(operator, id);
        return OrderJson.of(cancelling.cancel(new OrderId(id), operator.username()), time.now());
    }

    @PostMapping("/pick-lists")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "createPickList", summary = "A pick list for one or many allocated orders, in section order; picking starts")
    PickListJson createPickList(@AuthenticationPrincipal Operator operator, @Valid @RequestBody PickListRequest r) {
        return PickListJson.of(picking.create(operator.warehouseId(), r.orderIds().stream().map(OrderId::new).toList(),
                operator.username()));
    }

    @GetMapping("/pick-lists/{id}")
    @Operation(operationId = "pickList", summary = "A pick list and the progress of its tasks")
    PickListJson pickList(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return PickListJson.of(picking.require(operator.warehouseId(), id));
    }

    @PostMapping("/pick-lists/{id}/picks")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "confirmPick", summary = "Confirm a pick by scanning the section and the product")
    PickListJson confirm(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody PickRequest r) {
        ProductId product = scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), null);
        return PickListJson.of(picking.confirm(operator.warehouseId(), id, r.section(), product, r.quantity(), operator.username()));
    }

    @PostMapping("/pick-lists/{id}/tasks/{taskId}/short")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "shortPick", summary = "Fewer units than expected: the rest is written off and re-allocated, or the order flagged")
    PickListJson shortPick(@AuthenticationPrincipal Operator operator, @PathVariable long id, @PathVariable long taskId,
                           @Valid @RequestBody ShortPickRequest r) {
        return PickListJson.of(picking.shortPick(operator.warehouseId(), id, taskId, r.found(), operator.username()));
    }

    @PostMapping("/orders/{id}/pack")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "pack", summary = "Pack into one or more packages; each gets its label (merchant's, partner's or Wharf's)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "one package, Wharf's label", value = ONE_PACKAGE_WHARF_S_LABEL_EXAMPLE))))
    OrderJson pack(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody PackRequest r) {
        var order = here(operator, id);
        var boxes = r.packages().stream().map(b -> new PackageSpec(b.box(), b.weightKg(), b.lengthCm(), b.widthCm(), b.heightCm(),
                b.items().stream().map(i -> new PackageView.Item(scan.resolve(operator.warehouseId(), i.productId(), i.barcode(), order.merchant()),
                        i.quantity())).toList(), b.trackingNumber())).toList();
        return OrderJson.of(packing.pack(operator.warehouseId(), order.id(), boxes, r.carrier(), r.service(), r.trackingNumber(),
                operator.username()), time.now());
    }

    @PostMapping("/packages/{id}/relabel")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "relabel", summary = "Try again to label a package whose label failed")
    OrderJson relabel(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return OrderJson.of(packing.relabel(operator.warehouseId(), id, operator.username()), time.now());
    }

    @PostMapping("/packages/{id}/void")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "voidLabel", summary = "Void a package's label (a partner label is voided with the partner); relabel after")
    OrderJson voidLabel(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return OrderJson.of(packing.voidLabel(operator.warehouseId(), id, operator.username()), time.now());
    }

    @GetMapping(path = "/packages/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "labelPdf", summary = "The package's label as PDF")
    @ApiResponse(responseCode = "200", description = "The label", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> labelPdf(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        var label = orders.packageLabel(operator.warehouseId(), id).filter(l -> l.pdf() != null)
                .orElseThrow(() -> new NotFound("id", "no PDF label for package " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(label.pdf());
    }

    @GetMapping(path = "/packages/{id}/label.zpl", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "labelZpl", summary = "The package's label as ZPL for thermal printers")
    @ApiResponse(responseCode = "200", description = "The label's ZPL", content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
            schema = @Schema(type = "string", example = "^XA^FO50,50^BCN,100^FDWHF0000000017^FS^XZ")))
    ResponseEntity<String> labelZpl(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        var label = orders.packageLabel(operator.warehouseId(), id).filter(l -> l.zpl() != null)
                .orElseThrow(() -> new NotFound("id", "no ZPL label for package " + id));
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(label.zpl());
    }

    @GetMapping(path = "/orders/{id}/packing-slip.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "packingSlip", summary = "The order's packing slip as PDF")
    @ApiResponse(responseCode = "200", description = "The packing slip", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> packingSlip(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        var pdf = packingSlips.print(operator.warehouseId(), new OrderId(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @PostMapping("/orders/{id}/ship")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "ship", summary = "Ship: a packed order is priced from the rate table; an order labelled outside Wharf "
            + "gives carrier, service, trackingNumber and cost")
    OrderJson ship(@AuthenticationPrincipal Operator operator, @PathVariable long id,
                   @Valid @RequestBody(required = false) ShipRequest r) {
        var handover = r == null ? null : new ShippingOrder.Handover(r.carrier(), r.service(), r.trackingNumber(), r.cost());
        return OrderJson.of(shipping.shipFromWarehouse(operator.warehouseId(), new OrderId(id), handover, operator.username()),
                time.now());
    }

    @PostMapping("/orders/{id}/deliver")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "deliver", summary = "The carrier reports the order delivered")
    OrderJson deliver(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        here(operator, id);
        return OrderJson.of(shipping.deliver(new OrderId(id), operator.username()), time.now());
    }

    private OrderView here(Operator operator, long id) {
        return orders.requireIn(operator.warehouseId(), new OrderId(id));
    }

    private static OrderStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "'" + value + "' is not an order status");
        }
    }
}
