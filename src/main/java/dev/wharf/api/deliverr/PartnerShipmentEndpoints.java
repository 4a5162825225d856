package dev.wharf.api.deliverr;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.outbound.CancellingOrder;
import dev.wharf.outbound.OrderDraft;
import dev.wharf.outbound.OrderTerms;
import dev.wharf.outbound.OrderType;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PlacingOrder;
import dev.wharf.outbound.ShipTo;
import dev.wharf.outbound.ShortagePolicy;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = DeliverrErrorShape.MOUNT, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shipments")
class PartnerShipmentEndpoints {

    static final String SOURCE = "DELIVERR_API";

    private final PlacingOrder placing;
    private final CancellingOrder cancelling;
    private final Orders orders;
    private final Accounts accounts;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final PartnerFiling filing;
    private final ShipmentBodies bodies;
    private final JsonMapper json;

    PartnerShipmentEndpoints(PlacingOrder placing, CancellingOrder cancelling, Orders orders, Accounts accounts, Catalog catalog,
                      Warehouses warehouses, PartnerFiling filing, ShipmentBodies bodies, JsonMapper json) {
        this.placing = placing;
        this.cancelling = cancelling;
        this.orders = orders;
        this.accounts = accounts;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.filing = filing;
        this.bodies = bodies;
        this.json = json;
    }

    @PostMapping(path = "/shipment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createShipment", summary = "Create an outbound shipment; answers the body as sent")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = PartnerShipmentBody.class)))
    @ApiResponse(responseCode = "200", description = "Created; the body exactly as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerShipmentBody.class)))
    @ApiResponse(responseCode = "409", description = "DUPLICATE_SHIPMENT: the deliverrShipmentId exists already")
    public ResponseEntity<String> create(@AuthenticationPrincipal Tenant tenant, @RequestBody(required = false) String body) {
        var node = PartnerJson.parse(json, body).node();
        long shipmentId = PartnerJson.requireLong(node, "deliverrShipmentId", "deliverrShipmentId");
        var code = PartnerJson.requireText(node, "warehouse", "warehouse");
        var warehouse = warehouses.findByCode(code)
                .orElseThrow(() -> new PartnerError(HttpStatus.BAD_REQUEST, "UNKNOWN_WAREHOUSE", "warehouse: no warehouse " + code));
        var address = node.get("shippingAddress");
        if (address == null || !address.isObject()) {
            throw new InvalidInput("shippingAddress", "is required");
        }
        var merchant = accounts.soleMerchant(tenant);
        var method = PartnerJson.requireText(node, "shippingMethod", "shippingMethod");
        var items = PartnerJson.array(node, "lineItems", "lineItems", true);
        if (items.isEmpty()) {
            throw new InvalidInput("lineItems", "at least one line item is required");
        }
        var lines = new ArrayList<OrderDraft.Line>();
        var requested = new ArrayList<OrderTerms.RequestedLine>();
        for (int i = 0; i < items.size(); i++) {
            var sku = PartnerJson.requireText(items.get(i), "sku", "lineItems[" + i + "].sku");
            int quantity = PartnerJson.requirePositiveInt(items.get(i), "quantity", "lineItems[" + i + "].quantity");
            var field = "lineItems[" + i + "].sku";
            var product = catalog.findBySku(tenant, merchant, sku).orElseThrow(() -> new NotFound(field, "product " + sku + " not found"));
            lines.add(new OrderDraft.Line(product.id(), null, quantity));
            requested.add(new OrderTerms.RequestedLine(sku, quantity, null, null));
        }
        var shipTo = new ShipTo(PartnerJson.text(address, "name", "shippingAddress.name"),
                PartnerJson.email(address, "email", "shippingAddress.email"), PartnerJson.text(address, "company", "shippingAddress.company"),
                PartnerJson.requireText(address, "street1", "shippingAddress.street1"), PartnerJson.text(address, "street2", "shippingAddress.street2"),
                PartnerJson.requireText(address, "city", "shippingAddress.city"), PartnerJson.text(address, "state", "shippingAddress.state"),
                PartnerJson.text(address, "zip", "shippingAddress.zip"), PartnerJson.requireText(address, "country", "shippingAddress.country"),
                PartnerJson.text(address, "phone", "shippingAddress.phone"));
        var terms = new OrderTerms(Long.toString(shipmentId), SOURCE, null, null, null, null, null, null, requested,
                PartnerJson.text(node, "carrierAccount", "carrierAccount"), PartnerJson.text(node, "boxName", "boxName"));
        var draft = new OrderDraft(merchant, warehouse.id(), OrderType.STOCK, null, PartnerJson.text(node, "notes", "notes"),
                shipTo, lines, List.of(), null, method, terms);
        filing.file(tenant, "SHIPMENT", Long.toString(shipmentId), body, () -> placing.place(tenant, draft, ShortagePolicy.HOLD));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/shipment/{deliverrShipmentId}")
    @Operation(operationId = "getShipment", summary = "Status and shipped packages (answers 201, as the partner's own check expects)")
    @ApiResponse(responseCode = "201", description = "The shipment's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerShipmentAnswer.class)))
    public ResponseEntity<PartnerShipmentAnswer> get(@AuthenticationPrincipal Tenant tenant,
                                                     @Parameter(description = "Deliverr's shipment id", example = "20",
                                                             schema = @Schema(type = "integer", format = "int64"))
                                                     @PathVariable String deliverrShipmentId) {
        var order = find(tenant, deliverrShipmentId);
        return ResponseEntity.status(HttpStatus.CREATED).body(bodies.body(order));
    }

    @DeleteMapping("/shipment/{deliverrShipmentId}")
    @Operation(operationId = "cancelShipment", summary = "Cancel before picking starts (204); after: 409 TOO_LATE_TO_CANCEL")
    @ApiResponse(responseCode = "204", description = "Cancelled (or cancelled already); empty body")
    @ApiResponse(responseCode = "409", description = "TOO_LATE_TO_CANCEL: picking has started")
    public ResponseEntity<Void> cancel(@AuthenticationPrincipal Tenant tenant,
                                       @Parameter(description = "Deliverr's shipment id", example = "20",
                                               schema = @Schema(type = "integer", format = "int64"))
                                       @PathVariable String deliverrShipmentId) {
        // Too late is the core's INVALID_STATUS, which DeliverrErrorShape words as TOO_LATE_TO_CANCEL.
        cancelling.cancel(tenant, find(tenant, deliverrShipmentId).id());
        return ResponseEntity.noContent().build();
    }

    private dev.wharf.outbound.OrderView find(Tenant tenant, String id) {
        PartnerWarehouseEndpoints.requireDigits("deliverrShipmentId", id);
        return orders.findByExternalId(tenant, accounts.soleMerchant(tenant), id)
                .filter(o -> SOURCE.equals(o.terms().source()))
                .orElseThrow(() -> new NotFound("deliverrShipmentId", "shipment " + id + " not found"));
    }
}
