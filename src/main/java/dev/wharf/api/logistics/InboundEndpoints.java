package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundDraft;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.InboundOrigin;
import dev.wharf.inbound.InboundRevision;
import dev.wharf.inbound.InboundView;
import dev.wharf.inbound.Inbounds;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/inbounds/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inbounds", description = "Shipments of the merchant's goods to the warehouse")
class InboundEndpoints {

    private final Inbounds inbounds;
    private final Accounts accounts;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final Idempotency idempotency;
    private final InboundExtras extras;
    private final TransactionTemplate transaction;

    InboundEndpoints(Inbounds inbounds, Accounts accounts, Catalog catalog, Warehouses warehouses,
                     Idempotency idempotency, InboundExtras extras, PlatformTransactionManager transactions) {
        this.inbounds = inbounds;
        this.accounts = accounts;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.idempotency = idempotency;
        this.extras = extras;
        this.transaction = new TransactionTemplate(transactions);
    }

    private static final String CREATE_EXAMPLE = """
            {"warehouseId": "1", "carrierName": "UPS", "trackingNumber": "1Z999AA10123456784",
             "items": [{"logisticsSku": "DA1B2C3D4E5", "quantity": 24}]}""";

    @PostMapping
    @Operation(operationId = "CreateInboundShipment", summary = "Announce goods on their way to a warehouse",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = InboundJson.CreateInput.class),
                    examples = @ExampleObject(name = "one item", value = CREATE_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = InboundJson.InboundShipmentResponse.class)))
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> create(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody InboundJson.CreateInput input,
                                  @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        return idempotency.run(tenant, key, "CreateInboundShipment", input, () -> {
            var merchant = accounts.soleMerchant(tenant);
            var warehouse = warehouse(tenant, input.warehouseId());
            var items = new java.util.ArrayList<InboundDraft.Item>();
            for (int i = 0; i < input.items().size(); i++) {
                var item = input.items().get(i);
                var field = "items[" + i + "].logisticsSku";
                var product = catalog.findByLogisticsSku(tenant, merchant, item.logisticsSku())
                        .orElseThrow(() -> new InvalidInput(field, "no product with logisticsSku " + item.logisticsSku()));
                items.add(new InboundDraft.Item(product.id(), item.quantity()));
            }
            var inbound = inbounds.announce(tenant, merchant, warehouse,
                    new InboundDraft(List.of(new InboundDraft.Package(input.carrierName(), input.trackingNumber(), items))));
            return ResponseEntity.status(HttpStatus.CREATED).body(json(inbound));
        });
    }

    @GetMapping
    @Operation(operationId = "ListInboundShipments", summary = "The merchant's inbound shipments, a page at a time; an empty page is the end")
    @ApiResponse(responseCode = "200", description = "A bare array of inbound shipments",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = InboundJson.InboundShipmentResponse.class))))
    List<InboundJson.InboundShipmentResponse> list(
            @AuthenticationPrincipal Tenant tenant,
            @Parameter(description = "Only these shipments, comma-separated ids (1,2)") @RequestParam(required = false) String shipmentIds,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "" + LogisticsProductEndpoints.DEFAULT_LIMIT) int limit,
            @Parameter(description = "Shipments to skip") @RequestParam(defaultValue = "0") int offset) {
        LogisticsProductEndpoints.checkPage(limit, offset);
        List<InboundId> ids = null;
        if (shipmentIds != null) {
            ids = new java.util.ArrayList<>();
            for (var part : shipmentIds.split(",", -1)) {
                if (!part.strip().matches("^\\d{1,18}$")) {
                    throw new InvalidInput("shipmentIds", "'" + part + "' is not an inbound shipment id (digits only)");
                }
                ids.add(new InboundId(Long.parseLong(part.strip())));
            }
        }
        return json(inbounds.page(tenant, accounts.soleMerchant(tenant), ids, limit, offset));
    }

    private static final String UPDATE_EXAMPLE = """
            {"packageTrackingNumber": "1Z999AA10123456784",
             "from": {"name": "Jane Supplier", "street1": "1 Factory Rd", "city": "Shenzhen", "zip": "518000", "country": "CN"},
             "packages": [{"length": 12, "width": 10, "height": 8, "dimensionUnit": "in", "weight": 5.5, "weightUnit": "lb",
                           "items": [{"logisticsSku": "DA1B2C3D4E5", "quantity": 24}]}]}""";

    @PatchMapping(path = "/{id}/update", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "UpdateInboundShipment",
            summary = "Change what was announced, until the shipment arrives; a property left out keeps its value",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = InboundJson.UpdateInput.class),
                    examples = @ExampleObject(name = "tracking, origin and packages", value = UPDATE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The updated inbound shipment",
            content = @Content(schema = @Schema(implementation = InboundJson.InboundShipmentResponse.class)))
    @ApiResponse(responseCode = "409", description = "The shipment has arrived (or was cancelled): it can no longer change", content = @Content)
    @ApiResponse(responseCode = "422", description = "The idempotency-key was used with another request", content = @Content)
    ResponseEntity<Object> update(@AuthenticationPrincipal Tenant tenant, @PathVariable String id,
                                  @Valid @RequestBody InboundJson.UpdateInput input,
                                  @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        var inboundId = id(id);
        return idempotency.run(tenant, key, "UpdateInboundShipment:" + id, input, () -> {
            var current = inbounds.find(tenant, inboundId).orElseThrow(() -> notFound(id));
            var revision = new InboundRevision(origin(input.from()), packages(tenant, input.packages(), current), input.packageTrackingNumber());
            // The core's revision and the kept extras commit together, or neither does.
            var revised = transaction.execute(status -> {
                var view = inbounds.revise(tenant, current.id(), revision);
                extras.merge(view.id().value(), input);
                return view;
            });
            return ResponseEntity.ok(json(revised));
        });
    }

    @GetMapping("/{id}")
    @Operation(operationId = "GetInboundShipment", summary = "An inbound shipment and each item's counts")
    @ApiResponse(responseCode = "200", description = "The inbound shipment",
            content = @Content(schema = @Schema(implementation = InboundJson.InboundShipmentResponse.class)))
    InboundJson.InboundShipmentResponse get(@AuthenticationPrincipal Tenant tenant, @PathVariable String id) {
        return json(inbounds.find(tenant, id(id)).orElseThrow(() -> notFound(id)));
    }

    private static InboundId id(String id) {
        if (!id.matches("^\\d{1,18}$")) {
            throw new InvalidInput("id", "'" + id + "' is not an inbound id (digits only)");
        }
        return new InboundId(Long.parseLong(id));
    }

    /** Another merchant's shipment answers exactly as one that does not exist. */
    private static NotFound notFound(String id) {
        return new NotFound("id", "inbound shipment " + id + " not found");
    }

    private static InboundOrigin origin(InboundJson.AddressInput a) {
        return a == null ? null : new InboundOrigin(a.name(), a.company(), a.street1(), a.street2(), a.city(), a.state(), a.zip(),
                a.country(), a.phone(), a.email());
    }

    /** The new packages; they keep the carrier and tracking number the shipment had, unless the update names another. */
    private List<InboundDraft.Package> packages(Tenant tenant, List<InboundJson.PackageInput> input, InboundView current) {
        if (input == null) {
            return null;
        }
        var first = current.packages().isEmpty() ? null : current.packages().get(0);
        var merchant = accounts.soleMerchant(tenant);
        var packages = new java.util.ArrayList<InboundDraft.Package>();
        for (int p = 0; p < input.size(); p++) {
            var pkg = input.get(p);
            LogisticsEnums.require("packages[" + p + "].dimensionUnit", pkg.dimensionUnit(), List.of("in", "cm"));
            LogisticsEnums.require("packages[" + p + "].weightUnit", pkg.weightUnit(), List.of("lb", "kg", "oz"));
            var items = new java.util.ArrayList<InboundDraft.Item>();
            for (int i = 0; i < pkg.items().size(); i++) {
                var item = pkg.items().get(i);
                var field = "packages[" + p + "].items[" + i + "].logisticsSku";
                var product = catalog.findByLogisticsSku(tenant, merchant, item.logisticsSku())
                        .orElseThrow(() -> new InvalidInput(field, "no product with logisticsSku " + item.logisticsSku()));
                items.add(new InboundDraft.Item(product.id(), item.quantity()));
            }
            packages.add(new InboundDraft.Package(first == null ? null : first.carrierName(), first == null ? null : first.trackNumber(),
                    items));
        }
        return packages;
    }

    /** The named warehouse; else the merchant's default; else the only one there is. */
    private WarehouseId warehouse(Tenant tenant, String warehouseId) {
        if (warehouseId != null && !warehouseId.matches("^\\d{1,18}$")) {
            throw new InvalidInput("warehouseId", "'" + warehouseId + "' is not a warehouse id");
        }
        return inbounds.destination(tenant, accounts.soleMerchant(tenant), "warehouseId",
                warehouseId == null ? null : new WarehouseId(Long.parseLong(warehouseId)));
    }

    private InboundJson.InboundShipmentResponse json(InboundView v) {
        return json(List.of(v)).get(0);
    }

    /** The page's SKUs, kept extras and warehouse addresses are read once for the page, not once per inbound. */
    private List<InboundJson.InboundShipmentResponse> json(List<InboundView> views) {
        var skus = catalog.logisticsSkus(views.stream().flatMap(v -> v.lines().stream()).map(InboundView.Line::product).toList());
        var extrasById = extras.findAll(views.stream().map(v -> v.id().value()).toList());
        var addresses = new java.util.HashMap<WarehouseId, InboundJson.Address>();
        return views.stream().map(v -> json(v, skus, Optional.ofNullable(extrasById.get(v.id().value())),
                addresses.computeIfAbsent(v.warehouse(), this::warehouseAddress))).toList();
    }

    private static InboundJson.InboundShipmentResponse json(InboundView v, java.util.Map<ProductId, String> skus,
                                                            Optional<InboundExtras.Extras> kept, InboundJson.Address warehouse) {
        var items = v.lines().stream().map(l -> new InboundJson.Item(skus.get(l.product()), l.id(),
                new InboundJson.Counts(l.expected(), l.stocked(), l.damaged()))).toList();
        var dimensions = kept.map(InboundExtras.Extras::packageDimensions).orElse(null);
        var packages = new java.util.ArrayList<InboundJson.Package>();
        for (int i = 0; i < v.packages().size(); i++) {
            var p = v.packages().get(i);
            // Dimensions are the ones last sent by update, by package position; null when never sent.
            var d = dimensions != null && i < dimensions.size() ? dimensions.get(i)
                    : new InboundJson.PackageInput(null, null, null, null, null, null, null);
            packages.add(new InboundJson.Package(p.id(), d.length(), d.width(), d.height(), d.weight(), d.dimensionUnit(), d.weightUnit(),
                    p.lines().stream().map(l -> new InboundJson.PackageItem(skus.get(l.product()), l.expected())).toList()));
        }
        var id = Long.toString(v.id().value());
        var o = v.origin();
        var from = o == null ? InboundJson.Address.UNKNOWN : new InboundJson.Address(o.name(), o.company(), o.street1(), o.street2(),
                o.city(), o.state(), o.zip(), o.country(), o.phone(), o.email());
        var prep = kept.map(InboundExtras.Extras::prep).map(InboundJson.PrepInput::boxContentLabels).orElse(false);
        return new InboundJson.InboundShipmentResponse(id, v.number(), InboundJson.Status.of(v.status()),
                new InboundJson.Addresses(warehouse, from), items, packages,
                v.arrivedAt(), v.completedAt(), new InboundJson.Prep(prep), id, v.externalId(), null);
    }

    private InboundJson.Address warehouseAddress(WarehouseId id) {
        return warehouses.find(id).map(w -> new InboundJson.Address(w.name(), null, w.address().line1(), w.address().line2(),
                w.address().city(), w.address().state(), w.address().postal(), w.address().countryCode(), w.phone(), w.email()))
                .orElse(InboundJson.Address.UNKNOWN);
    }
}
