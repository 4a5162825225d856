package dev.wharf.api.console;

import dev.wharf.api.support.ProductScan;
import dev.wharf.catalog.Catalog;
import dev.wharf.inventory.AdjustmentReason;
import dev.wharf.inventory.Balance;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.CycleCounts;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.StockControl;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.Warehouses;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stock on the floor: look up by SKU, barcode or section; adjust with a reason; count a section
 * (differences over the threshold wait for a supervisor); supervisors approve waiting counts.
 * {@link StockControl} and {@link CycleCounts} hold the rules.
 */
@Controller
class StockScreens {

    /** One stock row as the screen shows it. */
    public record Row(Balance balance, String sku, String section) {
    }

    /** A count waiting for approval, its products named by SKU. */
    public record Waiting(CycleCounts.CountView count, List<String> skus) {
    }

    private final Inventory inventory;
    private final StockControl control;
    private final CycleCounts counts;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final ProductScan scan;
    private final ConsoleFeedback feedback;

    StockScreens(Inventory inventory, StockControl control, CycleCounts counts, Warehouses warehouses, Catalog catalog, ProductScan scan,
                 ConsoleFeedback feedback) {
        this.inventory = inventory;
        this.control = control;
        this.counts = counts;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.scan = scan;
        this.feedback = feedback;
    }

    @GetMapping("/console/stock")
    String stock(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("reasons", AdjustmentReason.values());
        if (q == null || q.isBlank()) {
            return "console/stock";
        }
        var code = q.strip();
        model.addAttribute("query", code);
        var section = warehouses.findSection(me.warehouseId(), code);
        try {
            var balances = section.isPresent()
                    ? inventory.balancesInSection(me.warehouseId(), section.get().id())
                    : inventory.balancesOfProduct(me.warehouseId(), scan.resolve(me.warehouseId(), null, code, null));
            model.addAttribute("rows", rows(balances));
        } catch (NotFound | dev.wharf.shared.RuleViolation | InvalidInput refusal) {
            if (!model.containsAttribute("banner")) {
                model.addAttribute("banner", new Banner(false, feedback.text(ConsoleFeedback.titleOf(refusal)), refusal.getMessage(),
                        feedback.text("stock.next")));
            }
        }
        return "console/stock";
    }

    @PostMapping("/console/stock")
    String lookUp(@RequestParam String code, RedirectAttributes redirect) {
        redirect.addAttribute("q", code.strip());
        return "redirect:/console/stock";
    }

    @PostMapping("/console/stock/adjust")
    String adjust(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String code, @RequestParam String section,
                  @RequestParam(defaultValue = "OK") Condition condition, @RequestParam int quantity,
                  @RequestParam AdjustmentReason reason, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        var next = feedback.text("stock.next");
        feedback.attempt(redirect, next, () -> {
            var product = scan.resolve(me.warehouseId(), null, code, null);
            control.adjust(me.warehouseId(), product, section.strip(), condition, quantity, reason, note, me.username());
            return product;
        }).ifPresent(product -> feedback.ok(redirect, feedback.text("stock.adjusted", (quantity > 0 ? "+" : "") + quantity,
                catalog.skus(List.of(product)).get(product), section.strip()), next));
        redirect.addAttribute("q", section.strip());
        return "redirect:/console/stock";
    }

    @GetMapping("/console/counts")
    String countPage(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String section, Model model) {
        if (section != null && !section.isBlank()) {
            var found = warehouses.findSection(me.warehouseId(), section.strip())
                    .orElseThrow(() -> new NotFound("section", "no section " + section.strip() + " in this warehouse"));
            model.addAttribute("section", found.code());
            model.addAttribute("rows", rows(inventory.balancesInSection(me.warehouseId(), found.id())));
        }
        return "console/count";
    }

    @PostMapping("/console/counts/section")
    String scanSection(@RequestParam String code, RedirectAttributes redirect) {
        redirect.addAttribute("section", code.strip());
        return "redirect:/console/counts";
    }

    /** One line per row shown (product, condition, counted), plus a product found there that was not expected. */
    @PostMapping("/console/counts")
    String count(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String section,
                 @RequestParam(name = "product", required = false) List<Long> products,
                 @RequestParam(name = "condition", required = false) List<Condition> conditions,
                 @RequestParam(name = "counted", required = false) List<Integer> counted,
                 @RequestParam(required = false) String extraCode, @RequestParam(required = false) Integer extraCounted,
                 RedirectAttributes redirect) {
        var next = feedback.text("count.next");
        feedback.attempt(redirect, next, () -> {
            var lines = new ArrayList<CycleCounts.Counted>();
            int n = products == null ? 0 : products.size();
            if (conditions == null || counted == null || conditions.size() != n || counted.size() != n) {
                throw new InvalidInput("counted", "give a count for every row");
            }
            for (int i = 0; i < n; i++) {
                if (counted.get(i) == null) {
                    throw new InvalidInput("counted", "give a count for every row");
                }
                lines.add(new CycleCounts.Counted(scan.resolve(me.warehouseId(), products.get(i), null, null), conditions.get(i), counted.get(i)));
            }
            if (extraCode != null && !extraCode.isBlank()) {
                lines.add(new CycleCounts.Counted(scan.resolve(me.warehouseId(), null, extraCode, null), Condition.OK,
                        extraCounted == null ? 1 : extraCounted));
            }
            return counts.count(me.warehouseId(), section, lines, me.username(), me.isSupervisor());
        }).ifPresent(done -> feedback.ok(redirect, feedback.text(done.status() == CycleCounts.Status.APPLIED ? "count.applied"
                : "count.waiting", done.section()), next));
        redirect.addAttribute("section", section);
        return "redirect:/console/counts";
    }

    @GetMapping("/console/supervisor/counts")
    String approvals(@AuthenticationPrincipal ConsoleOperator me, Model model) {
        var pending = counts.pending(me.warehouseId());
        var skus = catalog.skus(pending.stream().flatMap(c -> c.lines().stream()).map(CycleCounts.Line::product).distinct().toList());
        model.addAttribute("pending", pending.stream()
                .map(c -> new Waiting(c, c.lines().stream().map(l -> skus.get(l.product())).toList())).toList());
        return "console/approvals";
    }

    @PostMapping("/console/supervisor/counts/{id}/approve")
    String approve(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, RedirectAttributes redirect) {
        var next = feedback.text("approvals.next");
        feedback.attempt(redirect, next, () -> counts.approve(me.warehouseId(), id, me.username(), me.isSupervisor()))
                .ifPresent(done -> feedback.ok(redirect, feedback.text("approvals.done", done.section()), next));
        return "redirect:/console/supervisor/counts";
    }

    private List<Row> rows(List<Balance> balances) {
        var skus = catalog.skus(balances.stream().map(Balance::product).distinct().toList());
        var sections = new java.util.HashMap<dev.wharf.warehouse.StorageSectionId, String>();
        return balances.stream()
                .map(b -> new Row(b, skus.get(b.product()), sections.computeIfAbsent(b.section(), warehouses::sectionCode))).toList();
    }
}
