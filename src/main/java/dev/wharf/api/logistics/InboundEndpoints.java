package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.inbound.InboundDraft;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.InboundView;
import dev.wharf.inbound.Inbounds;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/inbounds/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inbounds", description = "Shipments of the merchant's goods to the warehouse")
class InboundEndpoints {

    record InboundItemInput(@NotBlank String logisticsSku, @NotNull @Positive Integer quantity) {
    }

    record CreateInboundInput(String warehouseId, @Size(max = 100) String carrierName, @Size(max = 100) String trackingNumber,
                              @NotEmpty List<@NotNull @Valid InboundItemInput> items) {
    }

    record Counts(int expected, int sellable, int damaged) {
    }

    record InboundItem(String logisticsSku, Counts counts) {
    }

    record InboundJson(String id, String number, String status, String warehouseId, String trackingNumber, List<InboundItem> items) {
    }

    private final Inbounds inbounds;
    private final Accounts accounts;
    private final Merchants merchants;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final Idempotency idempotency;

    InboundEndpoints(Inbounds inbounds, Accounts accounts, Merchants merchants, Catalog catalog, Warehouses warehouses,
                     Idempotency idempotency) {
        this.inbounds = inbounds;
        this.accounts = accounts;
        this.merchants = merchants;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "CreateInboundShipment", summary = "Announce goods on their way to a warehouse")
    ResponseEntity<Object> create(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody CreateInboundInput input,
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

    @GetMapping("/{id}")
    @Operation(operationId = "GetInboundShipment", summary = "An inbound shipment and each item's counts")
    InboundJson get(@AuthenticationPrincipal Tenant tenant, @PathVariable String id) {
        if (!id.matches("^\\d{1,18}$")) {
            throw new InvalidInput("id", "'" + id + "' is not an inbound id (digits only)");
        }
        return json(inbounds.find(tenant, new InboundId(Long.parseLong(id)))
                .orElseThrow(() -> new NotFound("id", "inbound shipment " + id + " not found")));
    }

    /** The named warehouse; else the merchant's default; else the only one there is. */
    private WarehouseId warehouse(Tenant tenant, String warehouseId) {
        if (warehouseId != null) {
            if (!warehouseId.matches("^\\d{1,18}$")) {
                throw new InvalidInput("warehouseId", "'" + warehouseId + "' is not a warehouse id");
            }
            return warehouses.require("warehouseId", new WarehouseId(Long.parseLong(warehouseId))).id();
        }
        var merchant = merchants.require(tenant, "merchant", accounts.soleMerchant(tenant));
        if (merchant.defaultWarehouseId() != null) {
            return merchant.defaultWarehouseId();
        }
        var all = warehouses.list();
        if (all.size() != 1) {
            throw new InvalidInput("warehouseId", "is required: goods can go to " + all.size() + " warehouses");
        }
        return all.get(0).id();
    }

    private InboundJson json(InboundView v) {
        var items = v.lines().stream().map(l -> new InboundItem(catalog.findAny(l.product()).map(Product::logisticsSku).orElse(null),
                new Counts(l.expected(), l.stocked(), l.damaged()))).toList();
        var tracking = v.packages().stream().map(InboundView.Package::trackNumber).filter(t -> t != null).findFirst().orElse(null);
        return new InboundJson(Long.toString(v.id().value()), v.number(), v.status().name(), Long.toString(v.warehouse().value()),
                tracking, items);
    }
}
