package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.api.support.ProductScan;
import dev.wharf.catalog.Catalog;
import dev.wharf.inventory.AdjustmentReason;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.CycleCounts;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockControl;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.ReceivingReturns;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
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
@Tag(name = "Inventory control", description = "Stock by section, adjustments, moves, condition changes, cycle counts, returns")
class StockOpsEndpoints {

    private static final String DONE = "Done; the answer shows the result";
    private static final String STATE_REFUSED = "Refused by the stock (e.g. fewer units than asked, or reserved ones) "
            + "or by the count's state; nothing was changed";

    @Schema(description = "Units of one product, lot and condition in one section", requiredProperties = {"stockRowId", "merchantId",
            "productId", "section", "condition", "lot", "expiry", "onHand", "reserved"})
    record StockRow(long stockRowId, long merchantId, long productId, String section,
                    @Schema(allowableValues = {"ok", "damaged"}) String condition, @Schema(types = {"string", "null"}) String lot,
                    @Schema(types = {"string", "null"}, format = "date") String expiry,
                    @Schema(description = "Units on the shelf, reserved ones included") int onHand,
                    @Schema(description = "Units reserved for orders") int reserved) {
    }

    @Schema(description = "A signed correction of the units in a section, with its reason")
    record AdjustmentRequest(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                             @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                             @NotBlank @Schema(description = "Section", example = "A-01-1") String section,
                             @Schema(description = "Condition of the units; ok when left out", allowableValues = {"ok", "damaged"})
                             String condition,
                             @NotNull @Schema(description = "Units to add (positive) or take away (negative)", example = "-2") Integer quantity,
                             @NotBlank @Schema(description = "Why", allowableValues = {"DAMAGED", "FOUND", "LOST", "CYCLE_COUNT", "RETURN",
                                     "OTHER"}) String reason,
                             @Size(max = 500) @Schema(description = "Free text for the ledger", example = "dropped by forklift") String note) {
    }

    @Schema(description = "Units moved from one section to another")
    record MoveRequest(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                       @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                       @NotBlank @Schema(description = "Section taken from", example = "A-01-1") String fromSection,
                       @NotBlank @Schema(description = "Section put into", example = "B-02-3") String toSection,
                       @Schema(description = "Condition of the units; ok when left out", allowableValues = {"ok", "damaged"}) String condition,
                       @NotNull @Positive @Schema(description = "Units", example = "5") Integer quantity) {
    }

    @Schema(description = "Units marked damaged (from ok) or ok again (from damaged), in place")
    record ConditionChangeRequest(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                                  @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                                  @NotBlank @Schema(description = "Section", example = "A-01-1") String section,
                                  @NotBlank @Schema(description = "The units' condition now", allowableValues = {"ok", "damaged"}) String from,
                                  @NotNull @Positive @Schema(description = "Units", example = "1") Integer quantity,
                                  @Size(max = 500) @Schema(description = "Free text for the ledger") String note) {
    }

    @Schema(description = "What was counted of one product in the section")
    record CountLine(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                     @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                     @Schema(description = "Condition of the units; ok when left out", allowableValues = {"ok", "damaged"}) String condition,
                     @NotNull @PositiveOrZero @Schema(description = "Units counted", example = "12") Integer counted) {
    }

    @Schema(description = "A cycle count of one section")
    record CountRequest(@NotBlank @Schema(description = "Section counted", example = "A-01-1") String section,
                        @NotNull @Schema(description = "One line per product and condition found (or expected) there")
                        List<@NotNull @Valid CountLine> counts) {
    }

    @Schema(requiredProperties = {"productId", "condition", "expected", "counted", "difference"})
    record CountLineJson(long productId, @Schema(allowableValues = {"ok", "damaged"}) String condition, int expected, int counted,
                         int difference) {
    }

    @Schema(description = "A cycle count: applied, or waiting for a supervisor", requiredProperties = {"id", "section", "status",
            "countedBy", "approvedBy", "lines"})
    record CountJson(long id, String section, CycleCounts.Status status, String countedBy,
                     @Schema(types = {"string", "null"}) String approvedBy, List<CountLineJson> lines) {

        static CountJson of(CycleCounts.CountView v) {
            return new CountJson(v.id(), v.section(), v.status(), v.countedBy(), v.approvedBy(), v.lines().stream()
                    .map(l -> new CountLineJson(l.product().value(), l.condition().name().toLowerCase(Locale.ROOT), l.expected(),
                            l.counted(), l.difference())).toList());
        }
    }

    @Schema(description = "Units back from a customer")
    record ReturnRequest(@Schema(description = "The order they were shipped with, when known", example = "1001") Long orderId,
                         @Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                         @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                         @NotNull @PositiveOrZero @Schema(description = "Units fit to sell again", example = "1") Integer good,
                         @PositiveOrZero @Schema(description = "Units damaged; 0 when left out", example = "0") Integer damaged,
                         @NotBlank @Schema(description = "Section the units go to", example = "RETURNS") String section) {
    }

    @Schema(requiredProperties = "done")
    record Done(@Schema(description = "Always true: the change is recorded") boolean done) {
    }

    @Schema(description = "A product and what the warehouse measured of it", requiredProperties = {"id", "merchantId", "title", "sku",
            "barcode", "measuredWeightKg", "measuredLengthCm", "measuredWidthCm", "measuredHeightCm", "measuredAt"})
    record ProductJson(long id, long merchantId, String title, String sku, @Schema(types = {"string", "null"}) String barcode,
                       @Schema(types = {"number", "null"}) BigDecimal measuredWeightKg,
                       @Schema(types = {"number", "null"}) BigDecimal measuredLengthCm,
                       @Schema(types = {"number", "null"}) BigDecimal measuredWidthCm,
                       @Schema(types = {"number", "null"}) BigDecimal measuredHeightCm,
                       @Schema(types = {"string", "null"}, format = "date-time") Instant measuredAt) {
    }

    private final StockControl control;
    private final CycleCounts counts;
    private final Inventory inventory;
    private final ReceivingReturns returns;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final ProductScan scan;

    StockOpsEndpoints(StockControl control, CycleCounts counts, Inventory inventory, ReceivingReturns returns, Warehouses warehouses,
                      Catalog catalog, ProductScan scan) {
        this.control = control;
        this.counts = counts;
        this.inventory = inventory;
        this.returns = returns;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.scan = scan;
    }

    @GetMapping("/stock")
    @Operation(operationId = "stock", summary = "Stock rows of a product here (by id or barcode), or of a section")
    List<StockRow> stock(@AuthenticationPrincipal Operator operator,
                         @RequestParam(required = false) @Parameter(description = "Product id") Long productId,
                         @RequestParam(required = false) @Parameter(description = "Scanned barcode or SKU") String barcode,
                         @RequestParam(required = false) @Parameter(description = "Section code: its stock rather than a product's")
                         String section) {
        var rows = section != null
                ? inventory.balancesInSection(operator.warehouseId(), warehouses.findSection(operator.warehouseId(), section)
                        .orElseThrow(() -> new InvalidInput("section", "no section " + section + " in this warehouse")).id())
                : inventory.balancesOfProduct(operator.warehouseId(), scan.resolve(operator.warehouseId(), productId, barcode, null));
        return rows.stream().map(b -> new StockRow(b.id(), b.merchant().value(), b.product().value(), warehouses.sectionCode(b.section()),
                b.condition().name().toLowerCase(Locale.ROOT), b.lot(), b.expiry() == null ? null : b.expiry().toString(), b.onHand(),
                b.reserved())).toList();
    }

    @GetMapping("/products")
    @Operation(operationId = "products", summary = "Products a scan names (barcode or SKU), with what the warehouse measured")
    List<ProductJson> products(@RequestParam @Parameter(description = "Scanned barcode or SKU") String barcode) {
        return catalog.findByCode(barcode).stream().map(p -> {
            var m = p.measured();
            return new ProductJson(p.id().value(), p.merchantId().value(), p.title(), p.sku(), p.barcode(),
                    m == null ? null : m.weightKg(), m == null ? null : m.lengthCm(), m == null ? null : m.widthCm(),
                    m == null ? null : m.heightCm(), m == null ? null : m.measuredAt());
        }).toList();
    }

    @PostMapping("/adjustments")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "adjust", summary = "Correct a quantity (signed) with a reason: DAMAGED, FOUND, LOST, CYCLE_COUNT, RETURN, OTHER")
    Done adjust(@AuthenticationPrincipal Operator operator, @Valid @RequestBody AdjustmentRequest r) {
        control.adjust(operator.warehouseId(), scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), null), r.section(), condition("condition", r.condition()),
                r.quantity(), reason(r.reason()), r.note(), operator.username());
        return new Done(true);
    }

    @PostMapping("/moves")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "move", summary = "Move units between sections")
    Done move(@AuthenticationPrincipal Operator operator, @Valid @RequestBody MoveRequest r) {
        control.move(operator.warehouseId(), scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), null), r.fromSection(), r.toSection(),
                condition("condition", r.condition()), r.quantity(), operator.username());
        return new Done(true);
    }

    @PostMapping("/condition-changes")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "changeCondition", summary = "Mark units damaged (from ok) or ok again (from damaged)")
    Done changeCondition(@AuthenticationPrincipal Operator operator, @Valid @RequestBody ConditionChangeRequest r) {
        control.changeCondition(operator.warehouseId(), scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), null), r.section(),
                condition("from", r.from()), r.quantity(), r.note(), operator.username());
        return new Done(true);
    }

    @PostMapping("/cycle-counts")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "cycleCount", summary = "Count a section; differences become CYCLE_COUNT adjustments, "
            + "or wait for a supervisor when one exceeds the threshold")
    CountJson count(@AuthenticationPrincipal Operator operator, @Valid @RequestBody CountRequest r) {
        var lines = r.counts().stream().map(c -> new CycleCounts.Counted(scan.resolve(operator.warehouseId(), c.productId(), c.barcode(), null),
                condition("condition", c.condition()), c.counted())).toList();
        return CountJson.of(counts.count(operator.warehouseId(), r.section(), lines, operator.username(), operator.isSupervisor()));
    }

    @PostMapping("/cycle-counts/{id}/approve")
    @ApiResponse(responseCode = "403", description = "Only a supervisor approves a count; nothing was changed")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "approveCount", summary = "A supervisor applies a count that waited for approval")
    CountJson approve(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return CountJson.of(counts.approve(operator.warehouseId(), id, operator.username(), operator.isSupervisor()));
    }

    @PostMapping("/returns")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "receiveReturn", summary = "Units back from a customer: good ones restocked, damaged kept apart")
    Done receiveReturn(@AuthenticationPrincipal Operator operator, @Valid @RequestBody ReturnRequest r) {
        var product = scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), null);
        var merchant = catalog.findAny(product).orElseThrow().merchantId();
        returns.receive(operator.warehouseId(), r.orderId() == null ? null : new OrderId(r.orderId()), merchant, product, r.good(),
                r.damaged() == null ? 0 : r.damaged(), r.section(), operator.username());
        return new Done(true);
    }

    static Condition condition(String field, String value) {
        if (value == null || value.isBlank()) {
            return Condition.OK;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ok" -> Condition.OK;
            case "damaged" -> Condition.DAMAGED;
            default -> throw new InvalidInput(field, "'" + value + "' is not one of ok, damaged");
        };
    }

    private static AdjustmentReason reason(String value) {
        try {
            return AdjustmentReason.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("reason", "'" + value + "' is not one of DAMAGED, FOUND, LOST, CYCLE_COUNT, RETURN, OTHER");
        }
    }

}
