package dev.wharf.api.shipapi;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.api.support.Decimals;
import dev.wharf.api.support.Paging;
import dev.wharf.warehouse.ServicePlanItem;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/shipapi", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Warehouses", description = "ShipAPI §1–2: the warehouses and their extra services")
class WarehouseEndpoints {

    @Schema(requiredProperties = {"id", "name", "addressLine1", "addressLine2", "city", "state", "postal", "countryCode",
            "defaultCurrency"})
    record WarehouseJson(String id, String name, String addressLine1, String addressLine2, String city, String state,
                         String postal, String countryCode, String defaultCurrency) {
    }

    @Schema(example = "{\"warehouseId\":1,\"userId\":1515}")
    record ServicePlanItemsRequest(@Schema(description = "The warehouse") @NotNull Long warehouseId,
                                   @Schema(description = "The asking user (optional)") @JsonAlias("userId ") Long userId) {
    }

    @Schema(requiredProperties = {"id", "name", "price", "type"})
    record ServicePlanItemJson(long id, String name, BigDecimal price, @Schema(allowableValues = {"perproduct", "perpackage"}) String type) {
    }

    private final Warehouses warehouses;
    private final Merchants merchants;

    WarehouseEndpoints(Warehouses warehouses, Merchants merchants) {
        this.warehouses = warehouses;
        this.merchants = merchants;
    }

    @GetMapping("/warehouse/list")
    @Operation(operationId = "warehouseList", summary = "1. List the warehouses that are members of the system")
    List<WarehouseJson> list(@RequestParam(defaultValue = "0") @Parameter(description = Paging.AFTER) long after,
            @RequestParam(defaultValue = "" + Paging.SHIPAPI_MAX) @Parameter(description = Paging.SHIPAPI_LIMIT) int limit) {
        return warehouses.list(Paging.keyset(after, limit, Paging.SHIPAPI_MAX)).stream().map(w -> new WarehouseJson(Long.toString(w.id().value()), w.name(),
                w.address().line1(), w.address().line2(), w.address().city(), w.address().state(), w.address().postal(),
                w.address().countryCode(), w.defaultCurrency())).toList();
    }

    @PostMapping("/servicePlanItems/list")
    @Operation(operationId = "servicePlanItemsList", summary = "2. A warehouse's extra services and their prices")
    List<ServicePlanItemJson> servicePlanItems(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody ServicePlanItemsRequest request,
            @RequestParam(defaultValue = "0") @Parameter(description = Paging.AFTER) long after,
            @RequestParam(defaultValue = "" + Paging.SHIPAPI_MAX) @Parameter(description = Paging.SHIPAPI_LIMIT) int limit) {
        var page = Paging.keyset(after, limit, Paging.SHIPAPI_MAX);
        if (request.userId() != null) {
            merchants.require(tenant, "userId", new MerchantId(request.userId()));
        }
        var warehouse = warehouses.require("warehouseId", new WarehouseId(request.warehouseId()));
        return warehouses.servicePlanItems(warehouse.id(), page).stream()
                .map(i -> new ServicePlanItemJson(i.id(), i.name(), Decimals.money(i.price()), wireType(i.type())))
                .toList();
    }

    static String wireType(ServicePlanItem.Type type) {
        return type == ServicePlanItem.Type.PER_PRODUCT ? "perproduct" : "perpackage";
    }
}
