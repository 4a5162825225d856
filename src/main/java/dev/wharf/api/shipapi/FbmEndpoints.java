package dev.wharf.api.shipapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.InboundDraft;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.InboundView;
import dev.wharf.inbound.Inbounds;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.Warehouse;
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
@RequestMapping(path = "/shipapi/fbm", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inbound shipments", description = "ShipAPI §9–10: sending products to the warehouse")
class FbmEndpoints {

    @Schema(example = """
            {"id":null,"warehouseId":1,"userId":1251,"packages":[{"carrierName":"Fedex","trackNumber":"TK12312323233",\
            "packageItems":[{"productId":121234,"quantity":10},{"productId":121235,"quantity":20}]}],"isActive":true}""")
    record FbmRequest(@Schema(description = "null announces an inbound; an id revises it while it is NewShipment") Long id,
                      @Schema(description = "The receiving warehouse; required on create") Long warehouseId,
                      @Schema(description = "The sending user; required on create") Long userId,
                      @Schema(description = "The parcels on their way") @NotEmpty List<@NotNull @Valid PackageJson> packages,
                      @Schema(description = "false cancels the inbound") Boolean isActive) {
    }

    record PackageJson(@Schema(description = "Carrier bringing the parcel") @Size(max = 100) String carrierName,
                       @Schema(description = "Its tracking number") @Size(max = 100) String trackNumber,
                       @Schema(description = "What the parcel holds") @NotEmpty List<@NotNull @Valid PackageItemJson> packageItems) {
    }

    record PackageItemJson(@Schema(description = "The user's product in that warehouse") @NotNull Long productId,
                           @Schema(description = "Units") @NotNull @Positive Integer quantity) {
    }

    @Schema(requiredProperties = {"IsSuccess", "Id", "Address", "Error"})
    record FbmAnswer(@JsonProperty("IsSuccess") boolean isSuccess,
                     @JsonProperty("Id") long id,
                     @JsonProperty("Address") String address,
                     @JsonProperty("Error") String error) {
    }

    private final Inbounds inbounds;
    private final Merchants merchants;
    private final Warehouses warehouses;

    FbmEndpoints(Inbounds inbounds, Merchants merchants, Warehouses warehouses) {
        this.inbounds = inbounds;
        this.merchants = merchants;
        this.warehouses = warehouses;
    }

    @PostMapping("/addUpdate")
    @ApiResponse(responseCode = "409", description = "Refused: the inbound is no longer NewShipment, or the user is inactive")
    @ApiResponse(responseCode = "200", description = "Announced or revised; Address is where to send the goods", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = FbmAnswer.class)))
    @Operation(operationId = "fbmAddUpdate", summary = "9. Announce an inbound shipment (id null) or revise one while it is NewShipment; "
            + "isActive false cancels it")
    FbmAnswer addUpdate(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody FbmRequest request) {
        var draft = new InboundDraft(request.packages().stream()
                .map(p -> new InboundDraft.Package(p.carrierName(), p.trackNumber(), p.packageItems().stream()
                        .map(i -> new InboundDraft.Item(new ProductId(i.productId()), i.quantity())).toList()))
                .toList());
        InboundView inbound;
        if (request.id() == null) {
            if (request.warehouseId() == null) {
                throw new InvalidInput("warehouseId", "is required");
            }
            if (request.userId() == null) {
                throw new InvalidInput("userId", "is required");
            }
            inbound = inbounds.announce(tenant, new MerchantId(request.userId()), new WarehouseId(request.warehouseId()), draft);
        } else {
            var current = inbounds.require(tenant, new InboundId(request.id()));
            if (request.warehouseId() != null && current.warehouse().value() != request.warehouseId()) {
                throw new InvalidInput("warehouseId", "cannot be updated");
            }
            if (request.userId() != null && current.merchant().value() != request.userId()) {
                throw new InvalidInput("userId", "cannot be updated");
            }
            inbound = Boolean.FALSE.equals(request.isActive())
                    ? inbounds.cancel(tenant, current.id())
                    : inbounds.revise(tenant, current.id(), draft);
        }
        return new FbmAnswer(true, inbound.id().value(), address(tenant, inbound), null);
    }

    @GetMapping("/cancel/{fbmId}")
    @ApiResponse(responseCode = "409", description = "Refused: the inbound is no longer NewShipment")
    @ApiResponse(responseCode = "200", description = "Cancelled", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Envelope.class)))
    @Operation(operationId = "fbmCancel", summary = "10. Cancel an inbound shipment; only while its status is NewShipment")
    Envelope cancel(@AuthenticationPrincipal Tenant tenant, @PathVariable long fbmId) {
        return Envelope.success(inbounds.cancel(tenant, new InboundId(fbmId)).id().value());
    }

    /** Where the merchant ships to, marked with its customer number and the inbound's number. */
    private String address(Tenant tenant, InboundView inbound) {
        var warehouse = warehouses.require("warehouseId", inbound.warehouse());
        var merchant = merchants.require(tenant, "userId", inbound.merchant());
        var a = warehouse.address();
        return join(a) + " #" + merchant.customerNumber() + " # " + inbound.number() + " " + a.city()
                + (a.postal() == null ? "" : " " + a.postal()) + " " + countryName(a.countryCode());
    }

    private static String join(Warehouse.Address a) {
        if (a.line2() == null || a.line2().isBlank()) {
            return a.line1();
        }
        return a.line1().endsWith(",") ? a.line1() + a.line2() : a.line1() + " " + a.line2();
    }

    static String countryName(String code) {
        var name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
