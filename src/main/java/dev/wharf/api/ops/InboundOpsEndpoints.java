package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.InboundView;
import dev.wharf.inbound.PuttingAway;
import dev.wharf.inbound.Receipt;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
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

    record LineJson(long lineId, long productId, int expected, int good, int damaged, int stocked, int discrepancy, boolean unexpected) {
    }

    record InboundJson(long id, String number, long merchantId, String status, List<String> trackingNumbers, List<LineJson> lines) {

        static InboundJson of(InboundView v) {
            return new InboundJson(v.id().value(), v.number(), v.merchant().value(), v.status().name(),
                    v.packages().stream().map(InboundView.Package::trackNumber).filter(t -> t != null).toList(),
                    v.lines().stream().map(l -> new LineJson(l.id(), l.product().value(), l.expected(), l.good(), l.damaged(),
                            l.stocked(), l.discrepancy(), l.unexpected())).toList());
        }
    }

    record ReceiptRequest(Long productId, String barcode, @NotNull @PositiveOrZero Integer good, @PositiveOrZero Integer damaged,
                          String lot, LocalDate expiry, String section, @Positive BigDecimal weightKg, @Positive BigDecimal lengthCm,
                          @Positive BigDecimal widthCm, @Positive BigDecimal heightCm) {
    }

    record PutAwayRequest(Long productId, String barcode, String fromSection, @NotBlank String toSection,
                          @NotNull @Positive Integer quantity) {
    }

    record PutAwayAnswer(long productId, String toSection, int quantity) {
    }

    private final ReceivingGoods receiving;
    private final PuttingAway puttingAway;
    private final ProductScan scan;

    InboundOpsEndpoints(ReceivingGoods receiving, PuttingAway puttingAway, ProductScan scan) {
        this.receiving = receiving;
        this.puttingAway = puttingAway;
        this.scan = scan;
    }

    @GetMapping("/inbounds")
    @Operation(operationId = "expectedInbounds", summary = "Open inbounds of every dialect expected here; with q, find by number, tracking number or product barcode")
    List<InboundJson> expected(@AuthenticationPrincipal Operator operator, @RequestParam(required = false) String q) {
        var found = q == null ? receiving.expected(operator.warehouseId()) : receiving.lookup(operator.warehouseId(), q);
        return found.stream().map(InboundJson::of).toList();
    }

    @GetMapping("/inbounds/{id}")
    @Operation(operationId = "inbound", summary = "One inbound with each line's progress and discrepancy")
    InboundJson inbound(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        return InboundJson.of(inHere(operator, id));
    }

    @PostMapping("/inbounds/{id}/arrive")
    @Operation(operationId = "arrive", summary = "The inbound's goods are at the dock")
    InboundJson arrive(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        inHere(operator, id);
        return InboundJson.of(receiving.arrive(new InboundId(id), operator.username()));
    }

    @PostMapping("/inbounds/{id}/receipts")
    @Operation(operationId = "receive", summary = "Receive units by barcode/SKU or product id: good and damaged, lot, expiry, "
            + "and at the first receipt the measured weight and dimensions. Into the receiving dock unless a section is given.")
    InboundJson receive(@AuthenticationPrincipal Operator operator, @PathVariable long id, @Valid @RequestBody ReceiptRequest r) {
        var inbound = inHere(operator, id);
        var product = scan.resolve(r.productId(), r.barcode(), inbound.merchant());
        var receipt = new Receipt(product, r.good(), r.damaged() == null ? 0 : r.damaged(), r.lot(), r.expiry(), r.section(),
                r.weightKg(), r.lengthCm(), r.widthCm(), r.heightCm());
        return InboundJson.of(receiving.receive(inbound.id(), receipt, operator.username()));
    }

    @PostMapping("/inbounds/{id}/close")
    @Operation(operationId = "closeInbound", summary = "Close the inbound: what was not received will not be")
    InboundJson close(@AuthenticationPrincipal Operator operator, @PathVariable long id) {
        inHere(operator, id);
        return InboundJson.of(receiving.close(new InboundId(id), operator.username()));
    }

    @PostMapping("/putaway")
    @Operation(operationId = "putAway", summary = "Put received units away into a storage section (scan product and section)")
    PutAwayAnswer putAway(@AuthenticationPrincipal Operator operator, @Valid @RequestBody PutAwayRequest r) {
        var product = scan.resolve(r.productId(), r.barcode(), null);
        puttingAway.putAway(operator.warehouseId(), product, r.fromSection(), r.toSection(), r.quantity(), operator.username());
        return new PutAwayAnswer(product.value(), r.toSection(), r.quantity());
    }

    private InboundView inHere(Operator operator, long id) {
        return receiving.find(new InboundId(id)).filter(i -> i.warehouse().equals(operator.warehouseId()))
                .orElseThrow(() -> new NotFound("id", "inbound " + id + " not found"));
    }
}
