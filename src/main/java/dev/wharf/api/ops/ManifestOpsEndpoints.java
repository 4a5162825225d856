package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.outbound.ManifestView;
import dev.wharf.outbound.Manifesting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** The carrier's daily pickup: scan packages onto the day's manifest, close it, and the orders ship. */
@RestController
@RequestMapping(path = "/ops/api/manifests/{carrier}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Manifests", description = "A carrier's manifest for the warehouse's day")
class ManifestOpsEndpoints {

    private static final String REFUSED = "Refused: the package goes with another carrier, is not labelled, is on another manifest, "
            + "or the day's manifest is closed; nothing was changed";

    @Schema(description = "A package handed to the carrier", requiredProperties = {"packageId", "orderId", "trackingNumber", "addedAt",
            "addedBy"})
    record EntryJson(long packageId, long orderId, @Schema(types = {"string", "null"}) String trackingNumber, Instant addedAt,
                     @Schema(types = {"string", "null"}) String addedBy) {
    }

    @Schema(description = "What closing did with an order", requiredProperties = {"orderId", "result", "reason"})
    record OutcomeJson(long orderId, ManifestView.Result result,
                       @Schema(types = {"string", "null"}, description = "Why shipping refused it, at the close that tried") String reason) {
    }

    @Schema(description = "A carrier's manifest for one day of the warehouse's calendar", requiredProperties = {"id", "carrier", "day",
            "status", "closedAt", "closedBy", "packages", "orders"})
    record ManifestJson(@Schema(types = {"integer", "null"}, description = "Null until a package is scanned onto it") Long id,
                        String carrier, LocalDate day, ManifestView.Status status,
                        @Schema(types = {"string", "null"}, format = "date-time") Instant closedAt,
                        @Schema(types = {"string", "null"}) String closedBy, List<EntryJson> packages,
                        @Schema(description = "Orders on it: shipped, waiting for packages, or refused") List<OutcomeJson> orders) {

        static ManifestJson of(ManifestView v) {
            return new ManifestJson(v.id(), v.carrier(), v.day(), v.status(), v.closedAt(), v.closedBy(),
                    v.packages().stream().map(e -> new EntryJson(e.packageId(), e.order().value(), e.trackingNumber(), e.addedAt(),
                            e.addedBy())).toList(),
                    v.orders().stream().map(o -> new OutcomeJson(o.order().value(), o.result(), o.reason())).toList());
        }
    }

    @Schema(description = "The package scanned: its label's tracking number or its id")
    record ScanRequest(@NotBlank @Size(max = 100) @Schema(description = "Tracking number or package id", example = "1Z999AA10123456784")
                       String packageRef) {
    }

    private final Manifesting manifesting;

    ManifestOpsEndpoints(Manifesting manifesting) {
        this.manifesting = manifesting;
    }

    @GetMapping
    @Operation(operationId = "manifest", summary = "The carrier's manifest for a day (today, in the warehouse's calendar, by default)")
    ManifestJson manifest(@AuthenticationPrincipal Operator operator, @PathVariable String carrier,
                          @RequestParam(required = false) @Parameter(description = "A day of the warehouse's calendar",
                                  schema = @Schema(type = "string", format = "date")) String day) {
        return ManifestJson.of(manifesting.find(operator.warehouseId(), carrier, OpsDates.day("day", day)));
    }

    @PostMapping("/packages")
    @ApiResponse(responseCode = "409", description = REFUSED)
    @ApiResponse(responseCode = "200", description = "On today's manifest (again, if scanned twice)", useReturnTypeSchema = true)
    @Operation(operationId = "scanOntoManifest", summary = "Scan a labelled package onto the carrier's manifest for today")
    ManifestJson scan(@AuthenticationPrincipal Operator operator, @PathVariable String carrier, @Valid @RequestBody ScanRequest r) {
        return ManifestJson.of(manifesting.scan(operator.warehouseId(), carrier, r.packageRef(), operator.username()));
    }

    @PostMapping("/close")
    @ApiResponse(responseCode = "200", description = "Closed; each order's outcome is in orders", useReturnTypeSchema = true)
    @Operation(operationId = "closeManifest", summary = "Close today's manifest: no more packages; the orders whose packages are all on "
            + "it ship. Closing again ships what is still due, nothing twice.")
    ManifestJson close(@AuthenticationPrincipal Operator operator, @PathVariable String carrier) {
        return ManifestJson.of(manifesting.close(operator.warehouseId(), carrier, operator.username()));
    }
}
