package dev.wharf.api.ops;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Operator;
import dev.wharf.api.support.ProductScan;
import dev.wharf.inbound.InboundFilter;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.InboundSearch;
import dev.wharf.inbound.InboundStatus;
import dev.wharf.inbound.InboundView;
import dev.wharf.inbound.PuttingAway;
import dev.wharf.inbound.Receipt;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
@Tag(name = "Receiving", description = "Expected inbounds, receipts at the dock, put-away")
class InboundOpsEndpoints {

    private static final String DONE = "Done; the answer shows the result";
    private static final String STATE_REFUSED = "Refused by the inbound's state or the stock in the section; nothing was changed";

    private static final String FIRST_RECEIPT_MEASURED_EXAMPLE = """
            {
              "barcode": "0012345678905",
              "good": 10,
              "damaged": 1,
              "lot": "L-2026-11",
              "expiry": "2027-06-30",
              "weightKg": 0.45,
              "lengthCm": 20,
              "widthCm": 15,
              "heightCm": 5
            }
            """;

    @Schema(description = "An inbound line and its progress", requiredProperties = {"lineId", "productId", "expected", "good", "damaged",
            "stocked", "discrepancy", "unexpected"})
    record LineJson(long lineId, long productId, @Schema(description = "Units announced") int expected,
                    @Schema(description = "Units received in good condition") int good,
                    @Schema(description = "Units received damaged") int damaged,
                    @Schema(description = "Units put away into storage") int stocked,
                    @Schema(description = "Received minus expected") int discrepancy,
                    @Schema(description = "Not announced: the product arrived anyway") boolean unexpected) {
    }

    @Schema(description = "A package of the inbound as announced", requiredProperties = {"id", "carrierName", "trackingNumber"})
    record PackageJson(long id, @Schema(types = {"string", "null"}) String carrierName,
                       @Schema(types = {"string", "null"}) String trackingNumber) {
    }

    @Schema(description = "An inbound of any dialect (ShipAPI FBM, Logistics inbound, Deliverr ASN), with every reference the floor "
            + "may be asked about", requiredProperties = {"id", "number", "merchantId", "status", "trackingNumbers", "lines", "externalId",
            "expectedAt", "notes", "arrivedAt", "completedAt", "packages"})
    record InboundJson(long id, String number, long merchantId, InboundStatus status, List<String> trackingNumbers, List<LineJson> lines,
                       @Schema(types = {"string", "null"}, description = "The partner's own id: the Deliverr ASN id (deliverrAsnId); "
                               + "a Logistics inbound shipment's id is this inbound's id") String externalId,
                       @Schema(types = {"string", "null"}, format = "date-time", description = "When the merchant expects it here")
                       Instant expectedAt,
                       @Schema(types = {"string", "null"}, description = "The merchant's notes for the dock") String notes,
                       @Schema(types = {"string", "null"}, format = "date-time") Instant arrivedAt,
                       @Schema(types = {"string", "null"}, format = "date-time") Instant completedAt,
                       List<PackageJson> packages) {

        static InboundJson of(InboundView v) {
            return new InboundJson(v.id().value(), v.number(), v.merchant().value(), v.status(),
                    v.packages().stream().map(InboundView.Package::trackNumber).filter(t -> t != null).toList(),
                    v.lines().stream().map(l -> new LineJson(l.id(), l.product().value(), l.expected(), l.good(), l.damaged(),
                            l.stocked(), l.discrepancy(), l.unexpected())).toList(),
                    v.externalId(), v.expectedAt(), v.notes(), v.arrivedAt(), v.completedAt(),
                    v.packages().stream().map(p -> new PackageJson(p.id(), p.carrierName(), p.trackNumber())).toList());
        }
    }

    @Schema(description = "Units received at the dock; name the product by productId or by a scanned barcode or SKU")
    record ReceiptRequest(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                          @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                          @NotNull @PositiveOrZero @Schema(description = "Units in good condition", example = "10") Integer good,
                          @PositiveOrZero @Schema(description = "Units damaged; 0 when left out", example = "0") Integer damaged,
                          @Schema(description = "Lot or batch number", example = "L-2026-11") String lot,
                          @Schema(description = "Best-before or expiry date", example = "2027-06-30") LocalDate expiry,
                          @Schema(description = "Section received into; the receiving dock when left out", example = "DOCK")
                          String section,
                          @Positive @Schema(description = "Measured weight of one unit, kg (first receipt)", example = "0.45")
                          BigDecimal weightKg,
                          @Positive @Schema(description = "Measured length of one unit, cm", example = "20") BigDecimal lengthCm,
                          @Positive @Schema(description = "Measured width of one unit, cm", example = "15") BigDecimal widthCm,
                          @Positive @Schema(description = "Measured height of one unit, cm", example = "5") BigDecimal heightCm) {
    }

    @Schema(description = "Received units moved into a storage section; name the product by productId or barcode")
    record PutAwayRequest(@Schema(description = "Product id (or give barcode)", example = "42") Long productId,
                          @Schema(description = "Scanned barcode or SKU (or give productId)", example = "0012345678905") String barcode,
                          @Schema(description = "Section taken from; the receiving dock when left out", example = "DOCK")
                          String fromSection,
                          @NotBlank @Schema(description = "Storage section put into", example = "A-01-1") String toSection,
                          @NotNull @Positive @Schema(description = "Units", example = "10") Integer quantity,
                          @Schema(description = "The inbound whose received units these are; any inbound's, oldest first, when left out",
                                  example = "17") Long inboundId) {
    }

    @Schema(requiredProperties = {"productId", "toSection", "quantity"})
    record PutAwayAnswer(long productId, String toSection, int quantity) {
    }

    private final ReceivingGoods receiving;
    private final PuttingAway puttingAway;
    private final ProductScan scan;
    private final InboundSearch search;

    InboundOpsEndpoints(ReceivingGoods receiving, PuttingAway puttingAway, ProductScan scan, InboundSearch search) {
        this.receiving = receiving;
        this.puttingAway = puttingAway;
        this.scan = scan;
        this.search = search;
    }

    @GetMapping("/inbounds")
    @Operation(operationId = "expectedInbounds", summary = "Inbounds of every dialect expected here, oldest first, a page at a time "
            + "(pass the last id seen as after): the open ones, or by status, merchant, expected day or a reference (q)")
    List<InboundJson> expected(@AuthenticationPrincipal Operator operator,
                               @RequestParam(required = false) @Parameter(description = "Exactly the inbound id or number, the "
                                       + "partner's ASN id, a tracking number, or a barcode/SKU on it; or a word of the notes; or the "
                                       + "expected day (2026-11-30). Any status.") String q,
                               @RequestParam(required = false) @Parameter(description = "Only inbounds in this status (default: open ones)",
                                       schema = @Schema(implementation = InboundStatus.class)) String status,
                               @RequestParam(required = false) @Parameter(description = "Only this merchant's inbounds") Long merchantId,
                               @RequestParam(required = false) @Parameter(description = "Expected on or after this day (warehouse's "
                                       + "calendar)", schema = @Schema(type = "string", format = "date")) String from,
                               @RequestParam(required = false) @Parameter(description = "Expected on or before this day (warehouse's "
                                       + "calendar)", schema = @Schema(type = "string", format = "date")) String to,
                               @RequestParam(defaultValue = "0") @Parameter(description = "Answer inbounds after this id") long after,
                               @RequestParam(defaultValue = "50") @Parameter(description = "Page size, 1 to 200") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInput("limit", "must be 1 to 200");
        }
        var filter = new InboundFilter(q, merchantId == null ? null : new MerchantId(merchantId), status(status), OpsDates.day("from", from),
                OpsDates.day("to", to));
        return search.find(operator.warehouseId(), filter, after, limit).stream().map(InboundJson::of).toList();
    }

    @GetMapping("/inbounds/{id}")
    @Operation(operationId = "inbound", summary = "One inbound with each line's progress and discrepancy")
    InboundJson inbound(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return InboundJson.of(inHere(operator, id));
    }

    @PostMapping("/inbounds/{id}/arrive")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "arrive", summary = "The inbound's goods are at the dock")
    InboundJson arrive(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        inHere(operator, id);
        return InboundJson.of(receiving.arrive(new InboundId(id), operator.username()));
    }

    @PostMapping("/inbounds/{id}/receipts")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "receive", summary = "Receive units by barcode/SKU or product id: good and damaged, lot, expiry, "
            + "and at the first receipt the measured weight and dimensions. Into the receiving dock unless a section is given.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "first receipt, measured", value = FIRST_RECEIPT_MEASURED_EXAMPLE))))
    InboundJson receive(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody ReceiptRequest r) {
        var inbound = inHere(operator, id);
        var product = scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), inbound.merchant());
        var receipt = new Receipt(product, r.good(), r.damaged() == null ? 0 : r.damaged(), r.lot(), r.expiry(), r.section(),
                r.weightKg(), r.lengthCm(), r.widthCm(), r.heightCm());
        return InboundJson.of(receiving.receive(inbound.id(), receipt, operator.username()));
    }

    @PostMapping("/inbounds/{id}/close")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @Operation(operationId = "closeInbound", summary = "Close the inbound: what was not received will not be")
    InboundJson close(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        inHere(operator, id);
        return InboundJson.of(receiving.close(new InboundId(id), operator.username()));
    }

    @PostMapping("/putaway")
    @ApiResponse(responseCode = "409", description = STATE_REFUSED)
    @ApiResponse(responseCode = "200", description = DONE, useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The section does not exist (a supervisor creates it) or is not a storage section")
    @Operation(operationId = "putAway", summary = "Put received units away into an existing storage section (scan product and section); "
            + "only units received and not yet put away")
    PutAwayAnswer putAway(@AuthenticationPrincipal Operator operator, @Valid @RequestBody PutAwayRequest r) {
        var product = scan.resolve(operator.warehouseId(), r.productId(), r.barcode(), null);
        var inbound = r.inboundId() == null ? null : receiving.find(new InboundId(r.inboundId()))
                .filter(i -> i.warehouse().equals(operator.warehouseId()))
                .orElseThrow(() -> new NotFound("inboundId", "inbound " + r.inboundId() + " not found")).id();
        puttingAway.putAway(operator.warehouseId(), product, r.fromSection(), r.toSection(), r.quantity(), inbound, operator.username());
        return new PutAwayAnswer(product.value(), r.toSection(), r.quantity());
    }

    private static InboundStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InboundStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "'" + value + "' is not an inbound status");
        }
    }

    private InboundView inHere(Operator operator, long id) {
        return receiving.find(new InboundId(id)).filter(i -> i.warehouse().equals(operator.warehouseId()))
                .orElseThrow(() -> new NotFound("id", "inbound " + id + " not found"));
    }
}
