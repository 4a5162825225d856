package dev.wharf.api.ops;

import dev.wharf.account.Merchants;
import dev.wharf.account.Operator;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.events.EventLog;
import dev.wharf.labels.LabelAddress;
import dev.wharf.labels.PackingSlip;
import dev.wharf.labels.PackingSlipGenerator;
import dev.wharf.outbound.CancellingOrder;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PackageSpec;
import dev.wharf.outbound.PackageView;
import dev.wharf.outbound.Packing;
import dev.wharf.outbound.PickListView;
import dev.wharf.outbound.Picking;
import dev.wharf.outbound.ReceivingForOrder;
import dev.wharf.outbound.RetryingOrder;
import dev.wharf.outbound.ShippingOrder;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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

    record LineJson(long lineId, long productId, int quantity, int received) {
    }

    record ItemJson(long productId, int quantity) {
    }

    record PackageJson(long id, int number, String box, BigDecimal weightKg, String carrier, String service, String trackingNumber,
                       String labelSource, boolean hasLabel, String labelError, String status, BigDecimal cost, Instant shippedAt,
                       List<ItemJson> items) {
    }

    record OrderJson(long id, String number, long merchantId, String type, String status, boolean late, Instant shipBy,
                     String shippingMethod, String errorType, String errorMessage, String carrier, String service,
                     String trackingNumber, Instant shippedAt, Instant deliveredAt, List<LineJson> lines, List<PackageJson> packages) {

        static OrderJson of(OrderView o, Instant now) {
            return new OrderJson(o.id().value(), o.number(), o.merchant().value(), o.type().name(), o.status().name(), o.isLate(now),
                    o.shipBy(), o.shippingMethod(), o.errorType(), o.errorMessage(), o.carrierName(), o.carrierService(),
                    o.trackingNumber(), o.shippedAt(), o.deliveredAt(),
                    o.lines().stream().map(l -> new LineJson(l.id(), l.product().value(), l.quantity(), l.received())).toList(),
                    o.packages().stream().map(OrderJson::pkg).toList());
        }

        private static PackageJson pkg(PackageView p) {
            return new PackageJson(p.id(), p.position(), p.box(), p.weightKg(), p.carrier(), p.service(), p.trackingNumber(),
                    p.labelSource() == null ? null : p.labelSource().name(), p.hasLabel(), p.labelError(), p.status().name(), p.cost(),
                    p.shippedAt(), p.items().stream().map(i -> new ItemJson(i.product().value(), i.quantity())).toList());
        }
    }

    record TaskJson(long id, long orderId, String section, long productId, int quantity, int picked, String status) {
    }

    record PickListJson(long id, String number, String status, List<TaskJson> tasks) {

        static PickListJson of(PickListView v) {
            return new PickListJson(v.id(), v.number(), v.status().name(), v.tasks().stream()
                    .map(t -> new TaskJson(t.id(), t.order().value(), t.section(), t.product().value(), t.quantity(), t.picked(),
                            t.status().name())).toList());
        }
    }

    record PickListRequest(@NotEmpty List<@NotNull Long> orderIds) {
    }

    record PickRequest(@NotBlank String section, Long productId, String barcode, @NotNull @Positive Integer quantity) {
    }

    record ShortPickRequest(@NotNull @PositiveOrZero Integer found) {
    }

    record PackItem(Long productId, String barcode, @NotNull @Positive Integer quantity) {
    }

    record PackBox(String box, @NotNull @Positive BigDecimal weightKg, @Positive BigDecimal lengthCm, @Positive BigDecimal widthCm,
                   @Positive BigDecimal heightCm, @NotEmpty List<@NotNull @Valid PackItem> items) {
    }

    record PackRequest(@NotEmpty List<@NotNull @Valid PackBox> packages, String carrier, String service, String trackingNumber) {
    }

    record ShipRequest(String carrier, String service, String trackingNumber, @PositiveOrZero BigDecimal cost) {
    }

    record GoodsReceipt(Long productId, String barcode, @NotNull @PositiveOrZero Integer good, @PositiveOrZero Integer damaged,
                        String section) {
    }

    record EventJson(long sequence, String type, String fromStatus, String toStatus, String actor, Instant occurredAt) {
    }

    private final Orders orders;
    private final Picking picking;
    private final Packing packing;
    private final ShippingOrder shipping;
    private final CancellingOrder cancelling;
    private final RetryingOrder retrying;
    private final ReceivingForOrder receiving;
    private final PackingSlipGenerator slips;
    private final Warehouses warehouses;
    private final Merchants merchants;
    private final Catalog catalog;
    private final EventLog events;
    private final ProductScan scan;
    private final TimeSource time;

    OrderOpsEndpoints(Orders orders, Picking picking, Packing packing, ShippingOrder shipping, CancellingOrder cancelling,
                      RetryingOrder retrying, ReceivingForOrder receiving, PackingSlipGenerator slips, Warehouses warehouses,
                      Merchants merchants, Catalog catalog, EventLog events, ProductScan scan, TimeSource time) {
        this.orders = orders;
        this.picking = picking;
        this.packing = packing;
        this.shipping = shipping;
        this.cancelling = cancelling;
        this.retrying = retrying;
        this.receiving = receiving;
        this.slips = slips;
        this.warehouses = warehouses;
        this.merchants = merchants;
        this.catalog = catalog;
        this.events = events;
        this.scan = scan;
        this.time = time;
    }

    @GetMapping("/orders")
    @Operation(operationId = "orders", summary = "Orders here, optionally by status (ALLOCATED, ERROR, PICKING…) or only the late ones")
    List<OrderJson> list(@AuthenticationPrincipal Operator operator, @RequestParam(required = false) String status,
                         @RequestParam(defaultValue = "false") boolean late) {
        var now = time.now();
        var found = late ? orders.late(operator.warehouseId()) : orders.inWarehouse(operator.warehouseId(), status(status));
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
    @Operation(operationId = "receiveForOrder", summary = "Receive the goods of a non-stock or collection shipment")
    OrderJson receiveGoods(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody GoodsReceipt r) {
        var order = here(operator, id);
        var product = scan.resolve(r.productId(), r.barcode(), order.merchant());
        return OrderJson.of(receiving.receive(operator.warehouseId(), order.id(), product, r.good(),
                r.damaged() == null ? 0 : r.damaged(), r.section(), operator.username()), time.now());
    }

    @PostMapping("/orders/{id}/retry")
    @Operation(operationId = "retryOrder", summary = "Allocate again an order held in error for want of stock")
    OrderJson retry(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        here(operator, id);
        return OrderJson.of(retrying.retry(new OrderId(id), operator.username()), time.now());
    }

    @PostMapping("/orders/{id}/cancel")
    @Operation(operationId = "cancelOrder", summary = "The warehouse cancels an order (until picking starts)")
    OrderJson cancel(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        here(operator, id);
        return OrderJson.of(cancelling.cancel(new OrderId(id), operator.username()), time.now());
    }

    @PostMapping("/pick-lists")
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
    @Operation(operationId = "confirmPick", summary = "Confirm a pick by scanning the section and the product")
    PickListJson confirm(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody PickRequest r) {
        ProductId product = scan.resolve(r.productId(), r.barcode(), null);
        return PickListJson.of(picking.confirm(operator.warehouseId(), id, r.section(), product, r.quantity(), operator.username()));
    }

    @PostMapping("/pick-lists/{id}/tasks/{taskId}/short")
    @Operation(operationId = "shortPick", summary = "Fewer units than expected: the rest is written off and re-allocated, or the order flagged")
    PickListJson shortPick(@AuthenticationPrincipal Operator operator, @PathVariable long id, @PathVariable long taskId,
                           @Valid @RequestBody ShortPickRequest r) {
        return PickListJson.of(picking.shortPick(operator.warehouseId(), id, taskId, r.found(), operator.username()));
    }

    @PostMapping("/orders/{id}/pack")
    @Operation(operationId = "pack", summary = "Pack into one or more packages; each gets its label (merchant's, partner's or Wharf's)")
    OrderJson pack(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody PackRequest r) {
        var order = here(operator, id);
        var boxes = r.packages().stream().map(b -> new PackageSpec(b.box(), b.weightKg(), b.lengthCm(), b.widthCm(), b.heightCm(),
                b.items().stream().map(i -> new PackageView.Item(scan.resolve(i.productId(), i.barcode(), order.merchant()),
                        i.quantity())).toList())).toList();
        return OrderJson.of(packing.pack(operator.warehouseId(), order.id(), boxes, r.carrier(), r.service(), r.trackingNumber(),
                operator.username()), time.now());
    }

    @PostMapping("/packages/{id}/relabel")
    @Operation(operationId = "relabel", summary = "Try again to label a package whose label failed")
    OrderJson relabel(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return OrderJson.of(packing.relabel(operator.warehouseId(), id, operator.username()), time.now());
    }

    @PostMapping("/packages/{id}/void")
    @Operation(operationId = "voidLabel", summary = "Void a package's label (a partner label is voided with the partner); relabel after")
    OrderJson voidLabel(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return OrderJson.of(packing.voidLabel(operator.warehouseId(), id, operator.username()), time.now());
    }

    @GetMapping(path = "/packages/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "labelPdf", summary = "The package's label as PDF")
    ResponseEntity<byte[]> labelPdf(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        var label = orders.packageLabel(operator.warehouseId(), id).filter(l -> l.pdf() != null)
                .orElseThrow(() -> new NotFound("id", "no PDF label for package " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(label.pdf());
    }

    @GetMapping(path = "/packages/{id}/label.zpl", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "labelZpl", summary = "The package's label as ZPL for thermal printers")
    ResponseEntity<String> labelZpl(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        var label = orders.packageLabel(operator.warehouseId(), id).filter(l -> l.zpl() != null)
                .orElseThrow(() -> new NotFound("id", "no ZPL label for package " + id));
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(label.zpl());
    }

    @GetMapping(path = "/orders/{id}/packing-slip.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "packingSlip", summary = "The order's packing slip as PDF")
    ResponseEntity<byte[]> packingSlip(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        var order = here(operator, id);
        var warehouse = warehouses.require("warehouse", order.warehouse());
        var merchant = merchants.findAny(order.merchant()).orElseThrow();
        var a = warehouse.address();
        var t = order.shipTo();
        var lines = order.lines().stream().map(l -> {
            var product = catalog.findAny(l.product()).orElseThrow();
            return new PackingSlip.Line(product.sku(), product.title(), l.quantity());
        }).toList();
        var pdf = slips.render(new PackingSlip(order.number(), merchant.name(),
                new LabelAddress(warehouse.name(), null, a.line1(), a.line2(), a.city(), a.state(), a.postal(), a.countryCode(), warehouse.phone()),
                new LabelAddress(t.name(), t.company(), t.address1(), t.address2(), t.city(), t.state(), t.postalCode(), t.countryCode(), t.phone()),
                order.createdAt(), lines));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @PostMapping("/orders/{id}/ship")
    @Operation(operationId = "ship", summary = "Ship: a packed order is priced from the rate table; an order labelled outside Wharf "
            + "gives carrier, service, trackingNumber and cost")
    OrderJson ship(@AuthenticationPrincipal Operator operator, @PathVariable long id,
                   @Valid @RequestBody(required = false) ShipRequest r) {
        var order = here(operator, id);
        if (order.status() == OrderStatus.PACKED) {
            return OrderJson.of(shipping.ship(operator.warehouseId(), order.id(), operator.username()), time.now());
        }
        if (r == null || r.trackingNumber() == null) {
            throw new InvalidInput("trackingNumber", "an order that was not packed here ships with the carrier's tracking number and cost");
        }
        return OrderJson.of(shipping.ship(order.id(), r.carrier(), r.service(), r.trackingNumber(), r.cost(), operator.username()),
                time.now());
    }

    @PostMapping("/orders/{id}/deliver")
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
