package dev.wharf.api.shipapi;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.api.support.Decimals;
import dev.wharf.api.support.EmailAddress;
import dev.wharf.catalog.ProductId;
import dev.wharf.outbound.CancellingOrder;
import dev.wharf.outbound.LabellingOrder;
import dev.wharf.outbound.OrderDraft;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderType;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PlacingOrder;
import dev.wharf.outbound.ShipTo;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/shipapi/shipment", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outbound shipments", description = "ShipAPI §12–17: shipments from stock and without stock, labels, status")
class ShipmentEndpoints {

    static final String SEND_GOODS_FIRST = "These products must first be sent to the warehouse. Please send the products "
            + "to the specified address. (with the customer number and shipment number)";

    @Schema(example = """
            {"warehouseId":1,"userId":1251,"latestDeliveryDate":"2031-10-23","userNote":"gift",\
            "products":[{"inventoryId":null,"productId":67,"quantity":2}],\
            "extraServices":[{"inventoryId":null,"productId":67,"servicePlanItemId":1232},\
            {"inventoryId":null,"productId":null,"servicePlanItemId":1233}],\
            "shipTo":{"name":"MichaelKors","email":"kors@gmail.com","company":"US Govt","address1":"1600 Pennsylvania Ave",\
            "address2":"Oval Office","city":"Washington","state":"DC","postalCode":"20500","countryCode":"US","phone":null},\
            "labelPdf":null}""")
    record ShipmentRequest(@Schema(description = "The shipping warehouse") @NotNull Long warehouseId,
                           @Schema(description = "The user whose goods ship") @NotNull Long userId,
                           @Schema(description = "Absent: from stock; nonstock or collection: goods still to arrive",
                                   allowableValues = {"nonstock", "collection"}) String type,
                           @Schema(description = "Deliver by this date (YYYY-MM-DD)") LocalDate latestDeliveryDate,
                           @Schema(description = "A note for the warehouse") @Size(max = 2000) String userNote,
                           @Schema(description = "Units to ship") @NotEmpty List<@NotNull @Valid ProductLine> products,
                           @Schema(description = "Extra services ordered with the shipment") List<@NotNull @Valid ExtraService> extraServices,
                           @Schema(description = "The recipient") @NotNull @Valid ShipToJson shipTo,
                           @Schema(description = "The user's own label, base64 (PDF), or null") String labelPdf) {
    }

    record ProductLine(@Schema(description = "Optional: the user's stock row to take the units from") Long inventoryId,
                       @Schema(description = "The user's product") @NotNull Long productId,
                       @Schema(description = "Units") @NotNull @Positive Integer quantity) {
    }

    record ExtraService(@Schema(description = "Optional: the user's stock row the service applies to") Long inventoryId,
                        @Schema(description = "The product it applies to; null: the package") Long productId,
                        @Schema(description = "The warehouse's extra service (servicePlanItems/list)")
                        @NotNull @JsonAlias("servicePlanItemId ") Long servicePlanItemId) {
    }

    record ShipToJson(@Schema(description = "Recipient's name (required)") @Size(max = 200) String name,
                      @Schema(description = "Recipient's e-mail") @Size(max = 200) @EmailAddress String email,
                      @Schema(description = "Recipient's company") @Size(max = 200) String company,
                      @Schema(description = "Address line 1 (required)") @Size(max = 300) String address1,
                      @Schema(description = "Address line 2") @Size(max = 300) String address2,
                      @Schema(description = "City (required)") @Size(max = 100) String city,
                      @Schema(description = "State or region") @Size(max = 100) String state,
                      @Schema(description = "Postal code") @Size(max = 40) String postalCode,
                      @Schema(description = "Two-letter ISO country code (required)") String countryCode,
                      @Schema(description = "Recipient's phone") @Size(max = 60) String phone) {
    }

    @Schema(requiredProperties = {"IsSuccess", "Id", "ShipmentNumber", "Status", "Error"})
    record Created(@JsonProperty("IsSuccess") boolean isSuccess,
                   @JsonProperty("Id") long id,
                   @JsonProperty("ShipmentNumber") String shipmentNumber,
                   @JsonProperty("Status")
                   @Schema(allowableValues = {"NewShipment", "AwaitingGoods", "InProcess", "Sended", "Delivered", "Cancelled"})
                   String status,
                   @JsonProperty("Error") String error) {
    }

    @Schema(requiredProperties = {"Type", "CustomerNumber", "SendToAddress", "Description", "IsSuccess", "Id", "ShipmentNumber", "Status",
            "Error"})
    record CreatedWithoutStock(@JsonProperty("Type") @Schema(allowableValues = {"nonstock", "collection"}) String type,
                               @JsonProperty("CustomerNumber") String customerNumber,
                               @JsonProperty("SendToAddress") SendToAddress sendToAddress,
                               @JsonProperty("Description") String description,
                               @JsonProperty("IsSuccess") boolean isSuccess,
                               @JsonProperty("Id") long id,
                               @JsonProperty("ShipmentNumber") String shipmentNumber,
                               @JsonProperty("Status")
                               @Schema(allowableValues = {"NewShipment", "AwaitingGoods", "InProcess", "Sended", "Delivered", "Cancelled"})
                               String status,
                               @JsonProperty("Error") String error) {
    }

    @Schema(requiredProperties = {"Name", "Company", "Phone", "Email", "Address1", "Address2", "City", "State", "Postal", "CountryCode",
            "FullAddress"})
    record SendToAddress(@JsonProperty("Name") String name,
                         @JsonProperty("Company") String company,
                         @JsonProperty("Phone") String phone,
                         @JsonProperty("Email") String email,
                         @JsonProperty("Address1") String address1,
                         @JsonProperty("Address2") String address2,
                         @JsonProperty("City") String city,
                         @JsonProperty("State") String state,
                         @JsonProperty("Postal") String postal,
                         @JsonProperty("CountryCode") String countryCode,
                         @JsonProperty("FullAddress") String fullAddress) {
    }

    @Schema(example = "{\"id\":1800,\"labelPdf\":\"JVBERi0xLjcK\"}")
    record LabelUpdate(@Schema(description = "The shipment") @NotNull Long id,
                       @Schema(description = "The label, base64 (PDF, JPG…)") String labelPdf) {
    }

    @Schema(requiredProperties = {"IsSuccess", "Id", "Error", "Status"})
    record Updated(@JsonProperty("IsSuccess") boolean isSuccess,
                   @JsonProperty("Id") long id,
                   @JsonProperty("Error") String error,
                   @JsonProperty("Status")
                   @Schema(allowableValues = {"NewShipment", "AwaitingGoods", "InProcess", "Sended", "Delivered", "Cancelled"})
                   String status) {
    }

    @Schema(example = "{\"shipmentId\":122122,\"labelPdf\":false}")
    record DetailsRequest(@Schema(description = "The shipment") @NotNull Long shipmentId,
                          @Schema(description = "true also returns the label (base64)") @JsonAlias("labelPdf ") Boolean labelPdf) {
    }

    @Schema(requiredProperties = {"Name", "Price", "Quantity"})
    record PriceDetail(@JsonProperty("Name") String name,
                       @JsonProperty("Price") BigDecimal price,
                       @JsonProperty("Quantity") int quantity) {
    }

    @Schema(requiredProperties = {"IsSuccess", "Id", "ShipmentNumber", "Status", "CarrierName", "CarrierServiceType", "TrackNumber",
            "TotalPrice", "PriceDetails", "Error"})
    record Details(@JsonProperty("IsSuccess") boolean isSuccess,
                   @JsonProperty("Id") long id,
                   @JsonProperty("ShipmentNumber") String shipmentNumber,
                   @JsonProperty("Status")
                   @Schema(allowableValues = {"NewShipment", "AwaitingGoods", "InProcess", "Sended", "Delivered", "Cancelled"})
                   String status,
                   @JsonProperty("CarrierName") String carrierName,
                   @JsonProperty("CarrierServiceType") String carrierServiceType,
                   @JsonProperty("TrackNumber") String trackNumber,
                   @JsonProperty("TotalPrice") BigDecimal totalPrice,
                   @JsonProperty("PriceDetails") List<PriceDetail> priceDetails,
                   @JsonProperty("LabelPdf") @JsonInclude(JsonInclude.Include.NON_NULL) String labelPdf,
                   @JsonProperty("Error") String error) {
    }

    @Schema(requiredProperties = {"IsSuccess", "Id", "ShipmentNumber", "Status", "CarrierName", "CarrierServiceType", "TrackNumber"})
    record StatusAnswer(@JsonProperty("IsSuccess") boolean isSuccess,
                        @JsonProperty("Id") long id,
                        @JsonProperty("ShipmentNumber") String shipmentNumber,
                        @JsonProperty("Status")
                        @Schema(allowableValues = {"NewShipment", "AwaitingGoods", "InProcess", "Sended", "Delivered", "Cancelled"})
                        String status,
                        @JsonProperty("CarrierName") String carrierName,
                        @JsonProperty("CarrierServiceType") String carrierServiceType,
                        @JsonProperty("TrackNumber") String trackNumber) {
    }

    private final PlacingOrder placing;
    private final CancellingOrder cancelling;
    private final LabellingOrder labelling;
    private final Orders orders;
    private final Merchants merchants;
    private final Warehouses warehouses;

    ShipmentEndpoints(PlacingOrder placing, CancellingOrder cancelling, LabellingOrder labelling, Orders orders,
                      Merchants merchants, Warehouses warehouses) {
        this.placing = placing;
        this.cancelling = cancelling;
        this.labelling = labelling;
        this.orders = orders;
        this.merchants = merchants;
        this.warehouses = warehouses;
    }

    @PostMapping("/add")
    @ApiResponse(responseCode = "409", description = "Refused: not enough stock (nothing reserved), inactive user or product")
    @Operation(operationId = "shipmentAdd",
            summary = "12–13. Create an outbound shipment: from stock, or (type nonstock / collection) from goods still to arrive")
    // anyOf, not oneOf: an answer without stock is a Created with four fields more, so the two overlap.
    @ApiResponse(responseCode = "200", description = "Created",
            content = @Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    anyOf = {Created.class, CreatedWithoutStock.class})))
    Object add(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody ShipmentRequest request) {
        var type = type(request.type());
        var to = request.shipTo();
        var draft = new OrderDraft(
                new MerchantId(request.userId()),
                new WarehouseId(request.warehouseId()),
                type,
                request.latestDeliveryDate(),
                request.userNote(),
                new ShipTo(to.name(), to.email(), to.company(), to.address1(), to.address2(), to.city(), to.state(),
                        to.postalCode(), to.countryCode(), to.phone()),
                request.products().stream()
                        .map(p -> new OrderDraft.Line(new ProductId(p.productId()), p.inventoryId(), p.quantity())).toList(),
                request.extraServices() == null ? List.of() : request.extraServices().stream()
                        .map(s -> new OrderDraft.Service(s.productId() == null ? null : new ProductId(s.productId()),
                                s.inventoryId(), s.servicePlanItemId()))
                        .toList(),
                decodeLabel(request.labelPdf()));
        var order = placing.place(tenant, draft);
        if (type == OrderType.STOCK) {
            return new Created(true, order.id().value(), order.number(), ShipApiStatus.of(order), null);
        }
        var merchant = merchants.require(tenant, "userId", order.merchant());
        var warehouse = warehouses.require("warehouseId", order.warehouse());
        var a = warehouse.address();
        var full = String.join(" ", nonBlank(warehouse.name(), a.line1(), a.line2(), "#" + merchant.customerNumber(),
                order.number(), a.city(), a.state(), a.countryCode(), a.postal()));
        return new CreatedWithoutStock(request.type().strip().toLowerCase(Locale.ROOT), merchant.customerNumber(),
                new SendToAddress(warehouse.name(), warehouse.name(), warehouse.phone(), warehouse.email(), a.line1(),
                        a.line2(), a.city(), a.state(), a.postal(), a.countryCode(), full),
                SEND_GOODS_FIRST, true, order.id().value(), order.number(), ShipApiStatus.of(order), null);
    }

    @PostMapping("/update")
    @ApiResponse(responseCode = "409", description = "Refused: the shipment has shipped")
    @ApiResponse(responseCode = "200", description = "Label stored", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Updated.class)))
    @Operation(operationId = "shipmentUpdate", summary = "14. Upload (or replace) the shipment's label, e.g. later for a collection shipment")
    Updated update(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody LabelUpdate request) {
        var label = decodeLabel(request.labelPdf());
        if (label == null) {
            throw new InvalidInput("labelPdf", "is required");
        }
        var order = labelling.upload(tenant, new OrderId(request.id()), label);
        return new Updated(true, order.id().value(), null, ShipApiStatus.of(order));
    }

    @GetMapping("/cancel/{shipmentId}")
    @ApiResponse(responseCode = "409", description = "Refused: the shipment is InProcess or later")
    @ApiResponse(responseCode = "200", description = "Cancelled (or cancelled already)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Envelope.class)))
    @Operation(operationId = "shipmentCancel", summary = "15. Cancel a shipment; allowed until it is InProcess")
    Envelope cancel(@AuthenticationPrincipal Tenant tenant, @PathVariable long shipmentId) {
        return Envelope.success(cancelling.cancel(tenant, new OrderId(shipmentId)).id().value());
    }

    @PostMapping("/get")
    @Operation(operationId = "shipmentGet", summary = "16. Shipment details and prices; the label (base64) only when labelPdf is true")
    Details get(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody DetailsRequest request) {
        var id = new OrderId(request.shipmentId());
        var order = orders.require(tenant, id);
        String label = null;
        if (Boolean.TRUE.equals(request.labelPdf())) {
            label = orders.label(tenant, id).map(bytes -> Base64.getEncoder().encodeToString(bytes)).orElse(null);
        }
        var prices = order.priceLines().stream()
                .map(p -> new PriceDetail(p.name(), Decimals.money(p.unitPrice()), p.quantity())).toList();
        return new Details(true, order.id().value(), order.number(), ShipApiStatus.of(order), order.carrierName(),
                order.carrierService(), order.trackingNumber(), Decimals.money(order.totalPrice()), prices, label, null);
    }

    @GetMapping("/getStatus/{shipmentId}")
    @Operation(operationId = "shipmentGetStatus", summary = "17. Shipment status, carrier and tracking number")
    StatusAnswer status(@AuthenticationPrincipal Tenant tenant, @PathVariable long shipmentId) {
        OrderView order = orders.require(tenant, new OrderId(shipmentId));
        return new StatusAnswer(true, order.id().value(), order.number(), ShipApiStatus.of(order),
                order.carrierName(), order.carrierService(), order.trackingNumber());
    }

    private static OrderType type(String type) {
        if (type == null || type.isBlank()) {
            return OrderType.STOCK;
        }
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "nonstock" -> OrderType.NONSTOCK;
            case "collection" -> OrderType.COLLECTION;
            default -> throw new InvalidInput("type", "'" + type + "' is not one of nonstock, collection");
        };
    }

    private static byte[] decodeLabel(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        var text = base64.replaceAll("\\s", "");
        int comma = text.indexOf(',');
        if (text.startsWith("data:") && comma > 0) {
            text = text.substring(comma + 1);
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("labelPdf", "is not valid base64");
        }
    }

    private static String[] nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }
}
