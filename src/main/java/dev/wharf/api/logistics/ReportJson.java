package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The Logistics API's report shapes. */
final class ReportJson {

    private ReportJson() {
    }

    /** The report types Wharf builds (the vendor's enum has more; those are refused with a 422). */
    @Schema(name = "ReportType")
    enum Type {
        @com.fasterxml.jackson.annotation.JsonProperty("Orders-All_Orders") ORDERS_ALL_ORDERS,
        @com.fasterxml.jackson.annotation.JsonProperty("Orders-Shipments") ORDERS_SHIPMENTS,
        @com.fasterxml.jackson.annotation.JsonProperty("Inventory-Levels_Today") INVENTORY_LEVELS_TODAY,
        @com.fasterxml.jackson.annotation.JsonProperty("Inbounds-Packages") INBOUNDS_PACKAGES,
        @com.fasterxml.jackson.annotation.JsonProperty("Returns-All_Returns") RETURNS_ALL_RETURNS
    }

    @Schema(name = "ReportStatus")
    enum Status { PENDING, SUCCESS, ERROR }

    @Schema(name = "CreateReportRequest")
    record CreateInput(
            @Schema(description = "The report to build", requiredMode = REQUIRED, implementation = Type.class, example = "Orders-All_Orders")
            @NotBlank @Size(max = 100) String reportType,
            @Schema(description = "First day (UTC) or instant covered, inclusive; default: the beginning", example = "2026-11-01")
            @Size(max = 40) String startDate,
            @Schema(description = "Last day (UTC) covered, inclusive, or an instant, exclusive; default: now", example = "2026-11-30")
            @Size(max = 40) String endDate) {
    }

    @Schema(name = "CreateReportResponse")
    record Created(@Schema(requiredMode = REQUIRED, description = "Ask GET /reports/{reportReference} for its status",
            example = "RPTq2Xn4bV7cK9dL1mZ8pR3sT5w") String reportReference) {
    }

    @Schema(name = "ReportResponse")
    record Report(
            @Schema(requiredMode = REQUIRED, implementation = Status.class, example = "SUCCESS") String status,
            @Schema(description = "Signed link to the CSV, no Authorization needed; null until SUCCESS") String url,
            @Schema(description = "When the link stops working; ask again for a fresh one") Instant urlExpiration,
            @Schema(description = "Why the report failed; null unless ERROR") String errorMessage) {
    }
}
