package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.api.support.ProductScan;
import dev.wharf.returns.CustomerReturn;
import dev.wharf.returns.Disposition;
import dev.wharf.returns.ReturnId;
import dev.wharf.returns.ReturnStatus;
import dev.wharf.returns.ReturnsFloor;
import dev.wharf.returns.UnitCondition;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Announced returns on the floor: receive the parcel, inspect each unit, finish. */
@RestController
@RequestMapping(path = "/ops/api/returns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Returns", description = "Announced customer returns: receive at the dock, inspect unit by unit, close")
class ReturnOpsEndpoints {

    private static final String DONE = "Done; the answer shows the return as it now is";
    private static final String STATE_REFUSED = "Refused by the return's status (e.g. already received, cancelled, every unit "
            + "already inspected, or closing without being a supervisor); nothing was changed";

    @Schema(description = "The parcel at the dock, named by exactly one of returnId, rma, trackingCode")
    record ReturnReceiptRequest(@Schema(description = "The return's id", example = "17") Long returnId,
                          @Schema(description = "The merchant's RMA printed on the parcel", example = "RMA-1001") @Size(max = 100) String rma,
                          @Schema(description = "The label's tracking number, scanned", example = "WHF0000000017") @Size(max = 100)
                          String trackingCode) {
    }

    @Schema(description = "One unit inspected and where it goes")
    record ReturnInspectionRequest(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                             @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                             @NotBlank @Schema(description = "The unit's condition as it came out of the parcel",
                                     implementation = UnitCondition.class) String receivedCondition,
                             @NotBlank @Schema(description = "The unit's condition after inspection (and any repacking)",
                                     implementation = UnitCondition.class) String finalCondition,
                             @NotBlank @Schema(description = "RESTOCK: sellable stock; DAMAGED: damaged stock; DISPOSE: destroyed, no stock",
                                     implementation = Disposition.class) String disposition,
                             @Schema(description = "Section the unit goes to; required unless disposed of", example = "RETURNS")
                             @Size(max = 60) String section) {
    }

    @Schema(description = "One unit's inspection", requiredProperties = {"receivedCondition", "finalCondition", "disposition",
            "inspectedAt", "inspectedBy"})
    record ReturnInspectionJson(UnitCondition receivedCondition, UnitCondition finalCondition, Disposition disposition, Instant inspectedAt,
                          String inspectedBy) {
    }

    @Schema(description = "A line of the return", requiredProperties = {"productId", "identifier", "expectedQuantity", "inspections"})
    record ReturnLineJson(long productId, String identifier, int expectedQuantity, List<ReturnInspectionJson> inspections) {
    }

    @Schema(description = "An announced return as the floor sees it", requiredProperties = {"id", "merchantId", "rma",
            "externalReturnId", "status", "carrier", "trackingCode", "orderId", "lines", "receivedAt", "inspectedAt"})
    record FloorReturn(long id, long merchantId, String rma, String externalReturnId, ReturnStatus status, String carrier,
                       String trackingCode, @Schema(types = {"integer", "null"}) Long orderId, List<ReturnLineJson> lines,
                       @Schema(types = {"string", "null"}, format = "date-time") Instant receivedAt,
                       @Schema(types = {"string", "null"}, format = "date-time") Instant inspectedAt) {

        static FloorReturn of(CustomerReturn r) {
            return new FloorReturn(r.id().value(), r.merchant().value(), r.rma(), r.externalReturnId(), r.status(), r.label().carrier(),
                    r.label().trackingCode(), r.order() == null ? null : r.order().value(), r.items().stream()
                    .map(i -> new ReturnLineJson(i.product().value(), i.identifier(), i.expectedQuantity(), i.inspections().stream()
                            .map(x -> new ReturnInspectionJson(x.receivedCondition(), x.finalCondition(), x.disposition(), x.inspectedAt(),
                                    x.actor())).toList())).toList(), r.receivedAt(), r.inspectedAt());
        }
    }

    private final ReturnsFloor floor;
    private final ProductScan scan;

    ReturnOpsEndpoints(ReturnsFloor floor, ProductScan scan) {
        this.floor = floor;
        this.scan = scan;
    }

    @PostMapping("/receipts")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "receiveAnnouncedReturn", summary = "A return's parcel is at the dock: received for processing "
            + "(and shipped first, when nothing said it was)")
    FloorReturn receive(@AuthenticationPrincipal Operator operator, @Valid @RequestBody ReturnReceiptRequest r) {
        return FloorReturn.of(floor.receive(operator.warehouseId(),
                new ReturnsFloor.Lookup(r.returnId() == null ? null : new ReturnId(r.returnId()), r.rma(), r.trackingCode()),
                operator.username()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "announcedReturn", summary = "An announced return of this warehouse, with its inspections")
    FloorReturn get(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return FloorReturn.of(floor.require(operator.warehouseId(), new ReturnId(id)));
    }

    @PostMapping("/{id}/inspections")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "inspectReturnedUnit", summary = "Record one inspected unit: RESTOCK adds sellable stock (RETURN), "
            + "DAMAGED adds damaged stock, DISPOSE adds none; the last expected unit processes the return")
    FloorReturn inspect(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody ReturnInspectionRequest r) {
        var returnId = new ReturnId(id);
        var merchant = floor.require(operator.warehouseId(), returnId).merchant();
        var unit = new ReturnsFloor.Inspected(scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), merchant),
                parse("receivedCondition", r.receivedCondition(), UnitCondition.class),
                parse("finalCondition", r.finalCondition(), UnitCondition.class),
                parse("disposition", r.disposition(), Disposition.class), r.section());
        return FloorReturn.of(floor.inspect(operator.warehouseId(), returnId, unit, operator.username()));
    }

    @PostMapping("/{id}/close")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "closeReturn", summary = "A supervisor finishes a received return whose remaining units never came")
    FloorReturn close(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return FloorReturn.of(floor.close(operator.warehouseId(), new ReturnId(id), operator.isSupervisor(), operator.username()));
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "'" + value + "' is not one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
