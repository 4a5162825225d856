package dev.wharf.api.console;

import dev.wharf.api.support.ProductScan;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.ProductId;
import dev.wharf.inbound.PuttingAway;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.Inventory;
import dev.wharf.warehouse.Warehouses;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Put away: scan the product (it waits at the receiving dock), then scan the section it goes to.
 * Whether the section is acceptable is {@link PuttingAway}'s to decide; its refusal is shown red.
 */
@Controller
class PutAwayScreen {

    private final PuttingAway puttingAway;
    private final ProductScan scan;
    private final Inventory inventory;
    private final Warehouses warehouses;
    private final Catalog catalog;
    private final ConsoleFeedback feedback;

    PutAwayScreen(PuttingAway puttingAway, ProductScan scan, Inventory inventory, Warehouses warehouses, Catalog catalog,
                  ConsoleFeedback feedback) {
        this.puttingAway = puttingAway;
        this.scan = scan;
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.feedback = feedback;
    }

    @GetMapping("/console/putaway")
    String page(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) Long product, Model model) {
        if (product != null) {
            var id = scan.resolve(me.warehouseId(), product, null, null);
            var dock = warehouses.receivingSection(me.warehouseId());
            int waiting = inventory.balancesOfProduct(me.warehouseId(), id).stream()
                    .filter(b -> b.section().equals(dock) && b.condition() == Condition.OK).mapToInt(b -> b.unreserved()).sum();
            model.addAttribute("product", id.value());
            model.addAttribute("sku", catalog.skus(List.of(id)).get(id));
            model.addAttribute("waiting", waiting);
        }
        return "console/putaway";
    }

    @PostMapping("/console/putaway/product")
    String scanProduct(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String code, RedirectAttributes redirect) {
        var next = feedback.text("putaway.next.product");
        var product = feedback.attempt(redirect, next, () -> scan.resolve(me.warehouseId(), null, code, null));
        if (product.isEmpty()) {
            return "redirect:/console/putaway";
        }
        redirect.addAttribute("product", product.get().value());
        return "redirect:/console/putaway";
    }

    @PostMapping("/console/putaway")
    String putAway(@AuthenticationPrincipal ConsoleOperator me, @RequestParam long product, @RequestParam String section,
                   @RequestParam(defaultValue = "1") int quantity, RedirectAttributes redirect) {
        var id = new ProductId(product);
        var sku = catalog.skus(List.of(id)).get(id);
        var done = feedback.attempt(redirect, feedback.text("putaway.next.section"), () -> {
            var productHere = scan.resolve(me.warehouseId(), product, null, null);
            return puttingAway.putAway(me.warehouseId(), productHere, null, section.strip(), quantity, me.username());
        });
        if (done.isEmpty()) {
            redirect.addAttribute("product", product);
            return "redirect:/console/putaway";
        }
        feedback.ok(redirect, feedback.text("putaway.done", quantity, sku, section.strip()), feedback.text("putaway.next.product"));
        return "redirect:/console/putaway";
    }
}
