package dev.wharf.api.deliverr;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.inbound.InboundDraft;
import dev.wharf.inbound.Inbounds;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockMovement;
import dev.wharf.inventory.StockMovements;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = DeliverrErrorShape.MOUNT, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "ASNs and inventory")
class PartnerWarehouseEndpoints {

    private final Inbounds inbounds;
    private final Inventory inventory;
    private final Catalog catalog;
    private final Accounts accounts;
    private final Warehouses warehouses;
    private final StockMovements stockMovements;
    private final PartnerFiling filing;
    private final PartnerDocuments documents;
    private final JsonMapper json;

    PartnerWarehouseEndpoints(Inbounds inbounds, Inventory inventory, Catalog catalog, Accounts accounts, Warehouses warehouses,
                       StockMovements stockMovements, PartnerFiling filing, PartnerDocuments documents, JsonMapper json) {
        this.documents = documents;
        this.inbounds = inbounds;
        this.inventory = inventory;
        this.catalog = catalog;
        this.accounts = accounts;
        this.warehouses = warehouses;
        this.stockMovements = stockMovements;
        this.filing = filing;
        this.json = json;
    }

    @PostMapping(path = "/asn", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createAsn", summary = "Announce an inbound ASN; answers the body as sent")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = PartnerAsnBody.class)))
    @ApiResponse(responseCode = "200", description = "Created; the body exactly as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerAsnBody.class)))
    @ApiResponse(responseCode = "409", description = "DUPLICATE_ASN: the deliverrAsnId exists already")
    public ResponseEntity<String> createAsn(@AuthenticationPrincipal Tenant tenant, @RequestBody(required = false) String body) {
        var node = PartnerJson.parse(json, body).node();
        long asnId = PartnerJson.requireLong(node, "deliverrAsnId", "deliverrAsnId");
        var created = PartnerJson.text(node, "createdDate", "createdDate");
        if (created != null) {
            PartnerTimes.parse("createdDate", created); // echoed as sent, so it must be a date-time first
        }
        var warehouseCode = PartnerJson.requireText(node, "shipToWarehouse", "shipToWarehouse");
        var warehouse = warehouses.findByCode(warehouseCode)
                .orElseThrow(() -> new PartnerError(HttpStatus.BAD_REQUEST, "UNKNOWN_WAREHOUSE", "shipToWarehouse: no warehouse " + warehouseCode));
        var merchant = accounts.soleMerchant(tenant);
        var items = new ArrayList<InboundDraft.Item>();
        var asnItems = PartnerJson.array(node, "asnItems", "asnItems", true);
        if (asnItems.isEmpty()) {
            throw new InvalidInput("asnItems", "at least one item is required");
        }
        for (int i = 0; i < asnItems.size(); i++) {
            var item = asnItems.get(i);
            var sku = PartnerJson.requireText(item, "sku", "asnItems[" + i + "].sku");
            int quantity = PartnerJson.requirePositiveInt(item, "quantityExpected", "asnItems[" + i + "].quantityExpected");
            var product = catalog.findBySku(tenant, merchant, sku)
                    .orElseThrow(() -> new NotFound("asnItems[" + items.size() + "].sku", "product " + sku + " not found"));
            items.add(new InboundDraft.Item(product.id(), quantity));
        }
        var expected = PartnerJson.text(node, "expectedDate", "expectedDate");
        var draft = new InboundDraft(List.of(new InboundDraft.Package(null, PartnerJson.text(node, "trackingNumber", "trackingNumber"),
                items)), Long.toString(asnId), expected == null ? null : PartnerTimes.parse("expectedDate", expected),
                PartnerJson.text(node, "notes", "notes"));
        filing.file(tenant, "ASN", Long.toString(asnId), body, () -> inbounds.announce(tenant, merchant, warehouse.id(), draft));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/asn/{deliverrAsnId}")
    @Operation(operationId = "getAsn", summary = "The ASN as stored, each item with units received and stocked")
    @ApiResponse(responseCode = "200", description = "The ASN's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerAsnAnswer.class)))
    public PartnerAsnAnswer getAsn(@AuthenticationPrincipal Tenant tenant,
                                   @Parameter(description = "Deliverr's ASN id", example = "50",
                                           schema = @Schema(type = "integer", format = "int64")) @PathVariable String deliverrAsnId) {
        requireDigits("deliverrAsnId", deliverrAsnId);
        var inbound = inbounds.findByExternalId(tenant, accounts.soleMerchant(tenant), deliverrAsnId)
                .orElseThrow(() -> new NotFound("deliverrAsnId", "ASN " + deliverrAsnId + " not found"));
        var warehouse = warehouses.require("warehouse", inbound.warehouse());
        var items = inbound.lines().stream().map(line -> new PartnerAsnAnswer.Item(
                catalog.findAny(line.product()).map(Product::sku).orElse(null), line.expected(), line.received(), line.stocked())).toList();
        return new PartnerAsnAnswer(Long.parseLong(deliverrAsnId), expectedDate(tenant, deliverrAsnId, inbound.expectedAt()), warehouse.code(),
                inbound.notes(), items);
    }

    /**
     * The expected date as the partner wrote it (its offset kept: -08:00 stays -08:00) while it
     * still names the instant the inbound holds; in UTC once something else changed it.
     */
    private String expectedDate(Tenant tenant, String deliverrAsnId, java.time.Instant expectedAt) {
        if (expectedAt == null) {
            return null;
        }
        return documents.find(tenant, "ASN", Long.toString(Long.parseLong(deliverrAsnId)))
                .map(body -> json.readTree(body).get("expectedDate"))
                .filter(JsonNode::isString)
                .map(JsonNode::asString)
                .filter(sent -> sameInstant(sent, expectedAt))
                .orElseGet(() -> PartnerTimes.format(expectedAt));
    }

    private static boolean sameInstant(String sent, java.time.Instant expectedAt) {
        try {
            return PartnerTimes.parse("expectedDate", sent).equals(expectedAt);
        } catch (dev.wharf.shared.InvalidInput e) {
            return false;
        }
    }

    @GetMapping("/inventory")
    @Operation(operationId = "getInventory", summary = "Sellable units on hand of one SKU in one warehouse")
    @ApiResponse(responseCode = "200", description = "Units on hand",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerInventoryAnswer.class)))
    public PartnerInventoryAnswer inventory(@AuthenticationPrincipal Tenant tenant,
                                            @Parameter(description = "Deliverr's SKU", required = true, example = "HELLOKITTY0")
                                            @RequestParam(required = false) String sku,
                                            @Parameter(description = "The warehouse's code", required = true, example = "WAREHOUSE1")
                                            @RequestParam(required = false) String warehouse) {
        if (sku == null || sku.isBlank()) {
            throw new InvalidInput("sku", "is required");
        }
        var where = knownWarehouse(warehouse);
        var merchant = accounts.soleMerchant(tenant);
        var product = catalog.findBySku(tenant, merchant, sku).orElseThrow(() -> new NotFound("sku", "product " + sku + " not found"));
        return new PartnerInventoryAnswer(sku, where.code(), inventory.sellableOnHand(merchant, where.id(), product.id()));
    }

    /**
     * The ledger read in the partner's types: RECEIVE, RETURN, ADJUSTMENT (damage is a negative
     * adjustment of sellable stock, reason DAMAGED), SHIP; one element per ledger row that moved
     * sellable units. Internal moves between sections and reservations are not movements of stock
     * (the core's {@link StockMovements} reads only the caller's movements of sellable units).
     */
    @GetMapping("/inventory/movements")
    @Operation(operationId = "getInventoryMovements", summary = "Movements of this integration's stock in [fromTime, toTime)")
    @ApiResponse(responseCode = "200", description = "The movements, ordered by time", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = PartnerMovement.class))))
    public List<PartnerMovement> movements(@AuthenticationPrincipal Tenant tenant,
                                           @Parameter(description = "The warehouse's code", required = true, example = "WAREHOUSE1")
                                           @RequestParam(required = false) String warehouse,
                                           @Parameter(description = "Start, inclusive (ISO-8601 with offset)", required = true,
                                                   example = "2020-01-10T08:00:00-08:00") @RequestParam(required = false) String fromTime,
                                           @Parameter(description = "End, exclusive; at most 31 days after fromTime", required = true,
                                                   example = "2020-01-10T09:00:00-08:00") @RequestParam(required = false) String toTime) {
        var where = knownWarehouse(warehouse);
        var from = PartnerTimes.parse("fromTime", fromTime);
        var to = PartnerTimes.parse("toTime", toTime);
        if (!from.isBefore(to)) {
            throw new InvalidInput("toTime", "must be after fromTime");
        }
        if (java.time.Duration.between(from, to).toDays() > 31) {
            throw new InvalidInput("toTime", "a window is at most 31 days");
        }
        return stockMovements.of(Set.of(accounts.soleMerchant(tenant)), where.id(), from, to).stream()
                .filter(m -> m.sku() != null)
                .map(m -> new PartnerMovement(Long.toString(m.sequence()), m.sku(), where.code(), m.type().name(), m.onHandDelta(),
                        PartnerTimes.format(m.occurredAt()), partnerId(m, "INBOUND"), partnerId(m, "ORDER"),
                        m.reason() == null ? "" : m.reason(), m.note() == null ? "" : m.note()))
                .toList();
    }

    /** The partner's numeric id of the movement's ASN or shipment; documents it did not send (no numeric id) have none. */
    private static Long partnerId(StockMovement m, String referenceType) {
        var external = m.refersTo(referenceType) ? m.documentExternalId() : null;
        return external != null && external.matches("\\d{1,18}") ? Long.parseLong(external) : null;
    }

    private Warehouse knownWarehouse(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("warehouse", "is required");
        }
        return warehouses.findByCode(code).orElseThrow(() -> new NotFound("warehouse", "warehouse " + code + " not found"));
    }

    static void requireDigits(String field, String value) {
        if (!value.matches("^\\d{1,18}$")) {
            throw new InvalidInput(field, "'" + value + "' is not an integer id");
        }
    }

}
