package dev.wharf.api.console;

import dev.wharf.account.Merchant;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.billing.BillingLine;
import dev.wharf.billing.Period;
import dev.wharf.billing.Statement;
import dev.wharf.billing.Statements;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Keyset;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.Warehouses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A merchant's statement for a month in the console (supervisors): the same {@link Statements} calls
 * as the ops API's billing endpoints, its CSV and PDF behind the console session, and closing a past month.
 */
@Controller
class BillingScreen {

    static final String PATH = "/console/supervisor/billing";
    /** Lines shown on the page; the CSV has them all. */
    static final int LINES_SHOWN = 50;
    private static final int MERCHANTS_LISTED = 500;

    @Component
    static class Entry implements MenuItem.Menu {
        @Override
        public List<MenuItem> items() {
            return List.of(new MenuItem("nav.billing", PATH, 230, true));
        }
    }

    private final Statements statements;
    private final Merchants merchants;
    private final Warehouses warehouses;
    private final TimeSource time;
    private final ConsoleFeedback feedback;

    BillingScreen(Statements statements, Merchants merchants, Warehouses warehouses, TimeSource time, ConsoleFeedback feedback) {
        this.statements = statements;
        this.merchants = merchants;
        this.warehouses = warehouses;
        this.time = time;
        this.feedback = feedback;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) Long merchant,
                @RequestParam(required = false) String month, Model model) {
        var current = currentMonth(me);
        var chosen = month == null || month.isBlank() ? current : month(month);
        model.addAttribute("merchants", merchants.atWarehouse(me.warehouseId(), Keyset.first(MERCHANTS_LISTED)));
        model.addAttribute("month", chosen.toString());
        model.addAttribute("merchant", merchant);
        model.addAttribute("amounts", Amounts.INSTANCE);
        if (merchant != null) {
            var statement = statementOf(me, merchant, chosen);
            var lines = new ArrayList<BillingLine>();
            statements.lines(statement.merchant(), statement.warehouse(), statement.period(), LINES_SHOWN, lines::add);
            model.addAttribute("statement", statement);
            model.addAttribute("lines", lines);
            model.addAttribute("more", statement.lineCount() > lines.size());
            model.addAttribute("closable", !statement.closed() && chosen.isBefore(current));
        }
        return "console/billing";
    }

    @GetMapping(PATH + "/statement.csv")
    void csv(@AuthenticationPrincipal ConsoleOperator me, @RequestParam long merchant, @RequestParam String month,
             HttpServletResponse response) throws IOException {
        var statement = statementOf(me, merchant, month(month));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + merchant + "-" + month + ".csv\"");
        statements.writeCsv(statement, response.getOutputStream());
    }

    @GetMapping(PATH + "/statement.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ConsoleOperator me, @RequestParam long merchant, @RequestParam String month)
            throws IOException {
        var statement = statementOf(me, merchant, month(month));
        var pdf = new ByteArrayOutputStream();
        statements.writePdf(statement, "Statement", pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + merchant + "-" + month + ".pdf\"")
                .body(pdf.toByteArray());
    }

    @PostMapping(PATH + "/close")
    String close(@AuthenticationPrincipal ConsoleOperator me, @RequestParam long merchant, @RequestParam String month,
                 RedirectAttributes redirect) {
        var closing = month(month);
        feedback.attempt(redirect, feedback.text("billing.next"), () -> statements.close(me.warehouseId(), closing, me.username()))
                .ifPresent(minimums -> feedback.ok(redirect, feedback.text("billing.closed", closing.toString(), minimums),
                        feedback.text("billing.next")));
        redirect.addAttribute("merchant", merchant);
        redirect.addAttribute("month", closing.toString());
        return "redirect:" + PATH;
    }

    /** Only a merchant of this warehouse: any other answers not found. */
    private Statement statementOf(ConsoleOperator me, long merchantId, YearMonth month) {
        Merchant merchant = merchants.requireAt(me.warehouseId(), "merchant", new MerchantId(merchantId));
        return statements.statement(merchant.id(), me.warehouseId(), Period.of(month));
    }

    private YearMonth currentMonth(ConsoleOperator me) {
        return YearMonth.from(time.now().atZone(warehouses.require("warehouse", me.warehouseId()).timezone()));
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "'" + value + "' is not a month (yyyy-mm)");
        }
    }
}
