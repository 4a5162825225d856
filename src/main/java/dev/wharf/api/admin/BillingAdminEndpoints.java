package dev.wharf.api.admin;

import dev.wharf.account.MerchantId;
import dev.wharf.api.support.Decimals;
import dev.wharf.billing.NightlyStorage;
import dev.wharf.billing.RateCard;
import dev.wharf.billing.RateCardVersion;
import dev.wharf.billing.RateCards;
import dev.wharf.warehouse.WarehouseId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rate cards: what a warehouse charges for each physical action, and merchants' overrides, from a day on. */
@RestController
@RequestMapping(path = "/admin/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Billing", description = "Rate cards per warehouse, with per-merchant overrides and effective dates")
class BillingAdminEndpoints {

    private static final String SET = "Set; the answer is the version as stored";
    private static final String REFUSED = "A price is negative or has more than 4 decimals, or effectiveFrom is in the past; nothing was changed";

    @Schema(description = "A rate card from a day on. Prices are in the warehouse's currency, at most 4 decimals; an omitted price "
            + "is not charged (on a merchant's override: the warehouse's price applies)")
    record RateCardRequest(
            @NotNull @Schema(description = "First day the prices apply, in the warehouse's time zone (today or later)", example = "2026-12-01")
            LocalDate effectiveFrom,
            @Schema(description = "Per unit received (good or damaged)", example = "0.15") BigDecimal receivingPerUnit,
            @Schema(description = "Per announced carton of an inbound, once receiving starts", example = "2.50") BigDecimal receivingPerCarton,
            @Schema(description = "Storage per unit per day", example = "0.01") BigDecimal storagePerUnitDay,
            @Schema(description = "Storage per cubic metre per day (from the products' dimensions)", example = "0.75")
            BigDecimal storagePerCubicMetreDay,
            @Schema(description = "Storage per section used per day", example = "0.40") BigDecimal storagePerSectionDay,
            @Schema(description = "Pick per shipped order", example = "1.20") BigDecimal pickPerOrder,
            @Schema(description = "Pick per unit beyond the order's first", example = "0.25") BigDecimal pickPerAdditionalUnit,
            @Size(max = 100) @Schema(description = "Packaging price per box type", example = "{\"S\": 0.40, \"M\": 0.60}")
            Map<String, BigDecimal> packagingPerBox,
            @Schema(description = "Shipping markup, percent of the label's cost", example = "10") BigDecimal shippingMarkupPercent,
            @Schema(description = "Shipping markup, fixed per parcel", example = "0.50") BigDecimal shippingMarkupFixed,
            @Schema(description = "Per return received", example = "3.00") BigDecimal returnPerReturn,
            @Schema(description = "Per returned unit inspected", example = "0.50") BigDecimal returnPerUnitInspected,
            @Schema(description = "The least a merchant pays for a month", example = "250.00") BigDecimal monthlyMinimum) {

        RateCard card() {
            return new RateCard(receivingPerUnit, receivingPerCarton, storagePerUnitDay, storagePerCubicMetreDay, storagePerSectionDay,
                    pickPerOrder, pickPerAdditionalUnit, packagingPerBox, shippingMarkupPercent, shippingMarkupFixed, returnPerReturn,
                    returnPerUnitInspected, monthlyMinimum);
        }
    }

    @Schema(description = "A version of a rate card", requiredProperties = {"id", "warehouseId", "merchantId", "effectiveFrom",
            "packagingPerBox"})
    record RateCardJson(long id, long warehouseId, @Schema(types = {"integer", "null"}) Long merchantId, LocalDate effectiveFrom,
                        BigDecimal receivingPerUnit, BigDecimal receivingPerCarton, BigDecimal storagePerUnitDay,
                        BigDecimal storagePerCubicMetreDay, BigDecimal storagePerSectionDay, BigDecimal pickPerOrder,
                        BigDecimal pickPerAdditionalUnit, Map<String, BigDecimal> packagingPerBox, BigDecimal shippingMarkupPercent,
                        BigDecimal shippingMarkupFixed, BigDecimal returnPerReturn, BigDecimal returnPerUnitInspected,
                        BigDecimal monthlyMinimum) {

        static RateCardJson of(long warehouse, RateCardVersion v) {
            var c = v.card();
            var boxes = new LinkedHashMap<String, BigDecimal>();
            c.packagingPerBox().forEach((box, price) -> boxes.put(box, Decimals.plain(price)));
            return new RateCardJson(v.id(), warehouse, v.merchant() == null ? null : v.merchant().value(), v.effectiveFrom(),
                    Decimals.plain(c.receivingPerUnit()), Decimals.plain(c.receivingPerCarton()), Decimals.plain(c.storagePerUnitDay()),
                    Decimals.plain(c.storagePerCubicMetreDay()), Decimals.plain(c.storagePerSectionDay()), Decimals.plain(c.pickPerOrder()),
                    Decimals.plain(c.pickPerAdditionalUnit()), boxes, Decimals.plain(c.shippingMarkupPercent()),
                    Decimals.plain(c.shippingMarkupFixed()), Decimals.plain(c.returnPerReturn()), Decimals.plain(c.returnPerUnitInspected()),
                    Decimals.plain(c.monthlyMinimum()));
        }
    }

    @Schema(requiredProperties = {"daysTaken"})
    record StorageRunJson(@Schema(description = "Warehouse-days this call snapshotted and charged") int daysTaken) {
    }

    private final RateCards rateCards;
    private final NightlyStorage storage;

    BillingAdminEndpoints(RateCards rateCards, NightlyStorage storage) {
        this.rateCards = rateCards;
        this.storage = storage;
    }

    @PostMapping("/billing/storage/run")
    @ApiResponse(responseCode = "200", description = "Done; days another instance was taking are left to it", useReturnTypeSchema = true)
    @Operation(operationId = "runNightlyStorage", summary = "Run the nightly storage job now: every ended day not yet snapshotted, "
            + "oldest first (what the schedule does every wharf.billing.storage-interval)")
    StorageRunJson runStorage() {
        return new StorageRunJson(storage.runOnce());
    }

    @PutMapping("/warehouses/{id}/rate-card")
    @ApiResponse(responseCode = "200", description = SET, useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = REFUSED)
    @Operation(operationId = "setRateCard", summary = "Set the warehouse's rate card from a day on (replaces a version of the same day)")
    RateCardJson set(@PathVariable long id, @Valid @RequestBody RateCardRequest r) {
        return RateCardJson.of(id, rateCards.set(new WarehouseId(id), null, r.effectiveFrom(), r.card()));
    }

    @GetMapping("/warehouses/{id}/rate-card")
    @Operation(operationId = "rateCards", summary = "Every version of the warehouse's rate card, oldest first")
    List<RateCardJson> versions(@PathVariable long id) {
        return rateCards.versions(new WarehouseId(id), null).stream().map(v -> RateCardJson.of(id, v)).toList();
    }

    @PutMapping("/warehouses/{id}/merchants/{merchantId}/rate-card")
    @ApiResponse(responseCode = "200", description = SET, useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = REFUSED)
    @Operation(operationId = "setMerchantRateCard", summary = "Override some of the warehouse's prices for one merchant from a day on")
    RateCardJson setOverride(@PathVariable long id, @PathVariable long merchantId, @Valid @RequestBody RateCardRequest r) {
        return RateCardJson.of(id, rateCards.set(new WarehouseId(id), new MerchantId(merchantId), r.effectiveFrom(), r.card()));
    }

    @GetMapping("/warehouses/{id}/merchants/{merchantId}/rate-card")
    @Operation(operationId = "merchantRateCards", summary = "Every version of a merchant's override at the warehouse, oldest first")
    List<RateCardJson> overrides(@PathVariable long id, @PathVariable long merchantId) {
        return rateCards.versions(new WarehouseId(id), new MerchantId(merchantId)).stream().map(v -> RateCardJson.of(id, v)).toList();
    }
}
