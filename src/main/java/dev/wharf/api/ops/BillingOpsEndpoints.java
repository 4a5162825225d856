package dev.wharf.api.ops;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Operator;
import dev.wharf.account.OperatorRole;
import dev.wharf.api.support.Decimals;
import dev.wharf.billing.BillingLine;
import dev.wharf.billing.ChargeCategory;
import dev.wharf.billing.ChargeType;
import dev.wharf.billing.Period;
import dev.wharf.billing.ReferenceType;
import dev.wharf.billing.Statement;
import dev.wharf.billing.Statements;
import dev.wharf.shared.Forbidden;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Billing for the warehouse's supervisors: a merchant's statement for a month or any days (JSON, CSV,
 * PDF), corrections, and closing a month. Everything is of the supervisor's own warehouse.
 */
@RestController
@RequestMapping(path = "/ops/api/billing", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Billing", description = "Statements per merchant, adjustments and month closing (supervisors)")
class BillingOpsEndpoints {

    private static final String NOT_SUPERVISOR = "Only a supervisor handles billing";
    private static final String BAD_PERIOD = "month is not yyyy-mm, a date is not yyyy-mm-dd, or neither month nor from/to was given";
    private static final int JSON_LINES = 1000;
    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 9999;

    @Schema(description = "A line of a statement", requiredProperties = {"id", "serviceDay", "billingMonth", "category", "chargeType",
            "referenceType", "referenceId", "detail", "quantity", "unitPrice", "amount", "currency", "adjustment", "note", "occurredAt"})
    record LineJson(long id, LocalDate serviceDay, @Schema(example = "2026-12") String billingMonth, ChargeCategory category,
                    ChargeType chargeType, ReferenceType referenceType, long referenceId, String detail, BigDecimal quantity,
                    BigDecimal unitPrice, BigDecimal amount, String currency,
                    @Schema(description = "Billed in a later month than its day's, which was closed") boolean adjustment,
                    @Schema(types = {"string", "null"}) String note, Instant occurredAt) {

        static LineJson of(BillingLine l) {
            return new LineJson(l.id(), l.serviceDay(), YearMonth.from(l.billingMonth()).toString(), l.type().category(), l.type(),
                    l.referenceType(), l.referenceId(), l.detail(), Decimals.plain(l.quantity()), Decimals.plain(l.unitPrice()),
                    Decimals.money(l.amount()), l.currency(), l.adjustment(), l.note(), l.occurredAt());
        }
    }

    @Schema(requiredProperties = {"chargeType", "lines", "amount"})
    record TypeTotalJson(ChargeType chargeType, long lines, BigDecimal amount) {
    }

    @Schema(requiredProperties = {"category", "amount"})
    record CategoryTotalJson(ChargeCategory category, BigDecimal amount) {
    }

    @Schema(description = "A merchant's statement at this warehouse; lines beyond the first 1000 are in the CSV export",
            requiredProperties = {"merchantId", "warehouseId", "currency", "from", "to", "month", "closed", "categories", "chargeTypes",
                    "lineCount", "subtotal", "taxRate", "tax", "total", "lines", "moreLines"})
    record StatementJson(long merchantId, long warehouseId, String currency, LocalDate from, LocalDate to,
                         @Schema(types = {"string", "null"}, example = "2026-12") String month, boolean closed,
                         List<CategoryTotalJson> categories, List<TypeTotalJson> chargeTypes, long lineCount, BigDecimal subtotal,
                         BigDecimal taxRate, BigDecimal tax, BigDecimal total, List<LineJson> lines, boolean moreLines) {
    }

    @Schema(description = "A correction: a charge adds to the merchant's bill, a credit takes off it")
    record AdjustmentRequest(@NotNull @Schema(description = "CHARGE adds the amount, CREDIT takes it off", allowableValues = {"CHARGE", "CREDIT"},
            example = "CREDIT") String direction,
                             @NotNull @Schema(description = "In the warehouse's currency, at most its decimals", example = "12.50")
                             BigDecimal amount,
                             @NotNull @Size(max = 400) @Schema(description = "Why", example = "Damaged in storage: credit 5 units") String note) {
    }

    @Schema(requiredProperties = {"month", "minimumLines"})
    record ClosedJson(String month, @Schema(description = "Monthly-minimum top-ups written") int minimumLines) {
    }

    private final Statements statements;

    BillingOpsEndpoints(Statements statements) {
        this.statements = statements;
    }

    @GetMapping("/merchants/{merchantId}/statement")
    @ApiResponse(responseCode = "200", description = "The statement", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = BAD_PERIOD)
    @ApiResponse(responseCode = "403", description = NOT_SUPERVISOR)
    @ApiResponse(responseCode = "404", description = "No such merchant")
    @Operation(operationId = "billingStatement", summary = "A merchant's statement for a calendar month (month) or any days (from, to)")
    StatementJson statement(@AuthenticationPrincipal Operator operator, @PathVariable long merchantId,
                            @Parameter(description = "A calendar month, yyyy-mm", example = "2026-12") @RequestParam(required = false) String month,
                            @Parameter(description = "First day, yyyy-mm-dd") @RequestParam(required = false) String from,
                            @Parameter(description = "Last day, yyyy-mm-dd (included)") @RequestParam(required = false) String to) {
        var s = statementOf(operator, merchantId, month, from, to);
        var lines = new ArrayList<LineJson>();
        boolean[] more = {false};
        statements.lines(s.merchant(), s.warehouse(), s.period(), JSON_LINES + 1, line -> {
            if (lines.size() < JSON_LINES) {
                lines.add(LineJson.of(line));
            } else {
                more[0] = true;
            }
        });
        return new StatementJson(merchantId, s.warehouse().value(), s.currency(), s.period().from(), s.period().to(),
                s.period().isMonth() ? s.period().month().toString() : null, s.closed(),
                s.categories().stream().map(c -> new CategoryTotalJson(c.category(), Decimals.money(c.amount()))).toList(),
                s.types().stream().map(t -> new TypeTotalJson(t.type(), t.lines(), Decimals.money(t.amount()))).toList(),
                s.lineCount(), Decimals.money(s.subtotal()), Decimals.plain(s.taxRate()), Decimals.money(s.tax()), Decimals.money(s.total()),
                lines, more[0]);
    }

    @GetMapping(path = "/merchants/{merchantId}/statement.csv", produces = "text/csv")
    @ApiResponse(responseCode = "200", description = "Every line of the statement as CSV, streamed",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = BAD_PERIOD, content = @Content)
    @ApiResponse(responseCode = "403", description = NOT_SUPERVISOR, content = @Content)
    @ApiResponse(responseCode = "404", description = "No such merchant", content = @Content)
    @Operation(operationId = "billingStatementCsv", summary = "A merchant's statement lines as CSV (month, or from and to)")
    void csv(@AuthenticationPrincipal Operator operator, @PathVariable long merchantId, @RequestParam(required = false) String month,
             @RequestParam(required = false) String from, @RequestParam(required = false) String to, HttpServletResponse response)
            throws IOException {
        var s = statementOf(operator, merchantId, month, from, to);
        // written on the request's own thread as the rows are read: streamed, without an async dispatch to authorise again
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + merchantId + "-" + name(s) + ".csv\"");
        statements.writeCsv(s, response.getOutputStream());
    }

    @GetMapping(path = "/merchants/{merchantId}/statement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ApiResponse(responseCode = "200", description = "The statement as PDF",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = BAD_PERIOD, content = @Content)
    @ApiResponse(responseCode = "403", description = NOT_SUPERVISOR, content = @Content)
    @ApiResponse(responseCode = "404", description = "No such merchant", content = @Content)
    @Operation(operationId = "billingStatementPdf", summary = "A merchant's statement as PDF (month, or from and to)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Operator operator, @PathVariable long merchantId,
                               @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) throws IOException {
        var s = statementOf(operator, merchantId, month, from, to);
        var pdf = new ByteArrayOutputStream();
        statements.writePdf(s, "Statement", pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + merchantId + "-" + name(s) + ".pdf\"")
                .body(pdf.toByteArray());
    }

    @PostMapping("/merchants/{merchantId}/adjustments")
    @ApiResponse(responseCode = "200", description = "The adjustment line, in the open month", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "direction is not CHARGE or CREDIT, amount is zero or has too many decimals, or note is missing")
    @ApiResponse(responseCode = "403", description = NOT_SUPERVISOR)
    @ApiResponse(responseCode = "404", description = "No such merchant")
    @Operation(operationId = "billingAdjustment", summary = "Correct a merchant's billing with a line of its own in the open month")
    LineJson adjust(@AuthenticationPrincipal Operator operator, @PathVariable long merchantId, @Valid @RequestBody AdjustmentRequest r) {
        requireSupervisor(operator);
        var amount = switch (r.direction()) {
            case "CHARGE" -> r.amount();
            case "CREDIT" -> r.amount().negate();
            default -> throw new InvalidInput("direction", "'" + r.direction() + "' is not one of CHARGE, CREDIT");
        };
        return LineJson.of(statements.adjust(new MerchantId(merchantId), operator.warehouseId(), amount, r.note(), operator.username()));
    }

    @PostMapping("/months/{month}/close")
    @ApiResponse(responseCode = "200", description = "Closed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "month is not yyyy-mm")
    @ApiResponse(responseCode = "403", description = NOT_SUPERVISOR)
    @ApiResponse(responseCode = "409", description = "The month is not over, its storage is not all taken yet, or it is already closed")
    @Operation(operationId = "closeBillingMonth", summary = "Close a month of this warehouse: monthly minimums added, its lines final")
    ClosedJson close(@AuthenticationPrincipal Operator operator, @PathVariable String month) {
        requireSupervisor(operator);
        var closing = month(month);
        return new ClosedJson(closing.toString(), statements.close(operator.warehouseId(), closing, operator.username()));
    }

    private Statement statementOf(Operator operator, long merchantId, String month, String from, String to) {
        requireSupervisor(operator);
        Period period;
        if (month != null) {
            if (from != null || to != null) {
                throw new InvalidInput("month", "give either month or from and to, not both");
            }
            period = Period.of(month(month));
        } else {
            period = Period.days(date("from", from), date("to", to));
        }
        return statements.statement(new MerchantId(merchantId), operator.warehouseId(), period);
    }

    private static String name(Statement s) {
        return s.period().isMonth() ? s.period().month().toString() : s.period().from() + "_" + s.period().to();
    }

    private static YearMonth month(String value) {
        try {
            var parsed = YearMonth.parse(value);
            if (parsed.getYear() < MIN_YEAR || parsed.getYear() > MAX_YEAR) {
                throw new InvalidInput("month", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "'" + value + "' is not a month (yyyy-mm)");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            var parsed = LocalDate.parse(value);
            if (parsed.getYear() < MIN_YEAR || parsed.getYear() > MAX_YEAR) {
                throw new InvalidInput(field, "must be between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static void requireSupervisor(Operator operator) {
        if (operator.role() != OperatorRole.SUPERVISOR) {
            throw new Forbidden("role", "only a supervisor handles billing");
        }
    }
}
