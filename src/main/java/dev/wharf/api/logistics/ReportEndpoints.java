package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Tenant;
import dev.wharf.reports.ReportSettings;
import dev.wharf.reports.ReportType;
import dev.wharf.reports.Reports;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.TimeSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = LogisticsErrorShape.MOUNT + "/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports", description = "CSV reports built in the background")
class ReportEndpoints {

    /** The path a download link points to; it needs no bearer token (LogisticsSecurity lets it through). */
    static final String DOWNLOAD = "/{reportReference}/download";

    private final Reports reports;
    private final Accounts accounts;
    private final Idempotency idempotency;
    private final TimeSource time;
    private final Duration linkValidity;

    ReportEndpoints(Reports reports, Accounts accounts, Idempotency idempotency, TimeSource time,
                    ReportSettings settings) {
        this.reports = reports;
        this.accounts = accounts;
        this.idempotency = idempotency;
        this.time = time;
        this.linkValidity = settings.linkValidity();
    }

    private static final String CREATE_EXAMPLE = """
            {"reportType": "Orders-All_Orders", "startDate": "2026-11-01", "endDate": "2026-11-30"}""";

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "CreateReport", summary = "Ask for a report; it is built in the background",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ReportJson.CreateInput.class),
                    examples = @ExampleObject(name = "orders of November", value = CREATE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The report's reference",
            content = @Content(schema = @Schema(implementation = ReportJson.Created.class)))
    @ApiResponse(responseCode = "422", description = "A report type Wharf does not build, or the idempotency-key was used with another request",
            content = @Content)
    ResponseEntity<Object> create(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody ReportJson.CreateInput input,
                                  @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key,
                                  HttpServletRequest request) {
        var type = ReportType.byVendorName(input.reportType());
        if (type.isEmpty()) {
            return LogisticsErrorShape.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "REPORT_TYPE_NOT_SUPPORTED",
                    "Report type not supported", "REPORT_TYPE_NOT_SUPPORTED", "reportType: '" + input.reportType()
                            + "' is not supported; Wharf builds " + String.join(", ", ReportType.vendorNames()));
        }
        var from = instant("startDate", input.startDate(), false);
        var to = instant("endDate", input.endDate(), true);
        return idempotency.run(tenant, key, "CreateReport", input, () -> ResponseEntity.ok(
                new ReportJson.Created(reports.request(tenant, accounts.soleMerchant(tenant), type.get(), from, to))));
    }

    @GetMapping("/{reportReference}")
    @Operation(operationId = "GetReport", summary = "A report's status and, once built, a signed link to its CSV")
    @ApiResponse(responseCode = "200", description = "The report", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No report with this reference for this account", content = @Content)
    ReportJson.Report get(@AuthenticationPrincipal Tenant tenant, @PathVariable String reportReference) {
        var report = reports.find(tenant, reportReference)
                .orElseThrow(() -> new NotFound("reportReference", "report " + reportReference + " not found"));
        var expires = time.now().plus(linkValidity).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var url = reports.sign(tenant, reportReference, expires).map(signature -> ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(LogisticsErrorShape.MOUNT + "/reports" + DOWNLOAD).queryParam("expires", expires.getEpochSecond())
                .queryParam("signature", signature).buildAndExpand(reportReference).toUriString());
        return new ReportJson.Report(report.status().name(), url.orElse(null), url.isPresent() ? expires : null, report.errorMessage());
    }

    @GetMapping(path = DOWNLOAD, produces = "text/csv")
    @SecurityRequirements
    @Operation(operationId = "DownloadReport",
            summary = "The report's CSV; the link from GetReport carries its own signature and expiry, so no Authorization is needed")
    @ApiResponse(responseCode = "200", description = "The CSV, streamed",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "The link is not genuine, has expired, or the report is not built", content = @Content)
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable String reportReference,
            @Parameter(description = "Unix time the link expires, as GetReport gave it") @RequestParam long expires,
            @Parameter(description = "The link's signature, as GetReport gave it") @RequestParam String signature) {
        var file = reports.download(reportReference, expires, signature)
                .orElseThrow(() -> new NotFound("signature", "this report link is not valid or has expired; ask GET /reports/"
                        + reportReference + " for a fresh one"));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.filename() + "\"")
                .body(out -> reports.writeTo(file, out));
    }

    /** A date is a whole UTC day (an end date includes its day); an RFC 3339 date-time is that instant. */
    private static Instant instant(String field, String value, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                var day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + value + "' is not a date (2026-11-30) or an RFC 3339 date-time");
        }
    }
}
