package dev.wharf.api.console;

import dev.wharf.api.support.ProductScan;
import dev.wharf.catalog.Catalog;
import dev.wharf.inbound.InboundId;
import dev.wharf.inbound.InboundSearch;
import dev.wharf.inbound.InboundView;
import dev.wharf.inbound.Receipt;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import java.math.BigDecimal;
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
 * Receiving at the dock: find the inbound by its number, id, the partner's ASN id or a tracking
 * number (or a product on it); each product
 * scan receives one good unit; a count form receives many (good and damaged, measured sizes);
 * close shows what did not match. Every product scan is scoped to the inbound's merchant and this
 * warehouse ({@link ProductScan}); the rules are {@link ReceivingGoods}'.
 */
@Controller
class ReceivingScreens {

    /** A line as the screen shows it: the product named by its SKU. */
    public record LineRow(InboundView.Line line, String sku) {
        public String state() {
            if (line.discrepancy() < 0) {
                return "short";
            }
            return line.discrepancy() > 0 ? "over" : "done";
        }
    }

    private final ReceivingGoods receiving;
    private final InboundSearch search;
    private final ProductScan scan;
    private final Catalog catalog;
    private final ConsoleFeedback feedback;

    ReceivingScreens(ReceivingGoods receiving, InboundSearch search, ProductScan scan, Catalog catalog, ConsoleFeedback feedback) {
        this.receiving = receiving;
        this.search = search;
        this.scan = scan;
        this.catalog = catalog;
        this.feedback = feedback;
    }

    @GetMapping("/console/receive")
    String find(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String q, Model model) {
        if (q != null && !q.isBlank()) {
            var found = matching(me, q);
            if (found.size() == 1) {
                return "redirect:/console/receive/" + found.get(0).id().value();
            }
            model.addAttribute("query", q);
            model.addAttribute("inbounds", found);
            if (found.isEmpty() && !model.containsAttribute("banner")) {
                model.addAttribute("banner", new Banner(false, feedback.text("receive.none", q), null, feedback.text("receive.find.next")));
            }
        } else {
            model.addAttribute("inbounds", receiving.expected(me.warehouseId()));
        }
        return "console/receive-find";
    }

    @PostMapping("/console/receive")
    String scanInbound(@RequestParam String code, RedirectAttributes redirect) {
        redirect.addAttribute("q", code.strip());
        return "redirect:/console/receive";
    }

    @GetMapping("/console/receive/{id}")
    String inbound(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, Model model) {
        var inbound = inHere(me, id);
        var skus = catalog.skus(inbound.lines().stream().map(InboundView.Line::product).toList());
        model.addAttribute("inbound", inbound);
        model.addAttribute("lines", inbound.lines().stream().map(l -> new LineRow(l, skus.get(l.product()))).toList());
        model.addAttribute("tracking", inbound.packages().stream().map(InboundView.Package::trackNumber).filter(t -> t != null).toList());
        model.addAttribute("short", inbound.lines().stream().filter(l -> !l.unexpected() && l.discrepancy() < 0)
                .mapToInt(l -> -l.discrepancy()).sum());
        return "console/receive";
    }

    @PostMapping("/console/receive/{id}/scan")
    String scanProduct(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @RequestParam String code,
                       @RequestParam(defaultValue = "false") boolean damaged, RedirectAttributes redirect) {
        return receive(me, id, code, damaged ? 0 : 1, damaged ? 1 : 0, null, redirect);
    }

    @PostMapping("/console/receive/{id}/count")
    String count(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @RequestParam String code,
                 @RequestParam(defaultValue = "0") int good, @RequestParam(defaultValue = "0") int damaged,
                 @RequestParam(required = false) BigDecimal weightKg, @RequestParam(required = false) BigDecimal lengthCm,
                 @RequestParam(required = false) BigDecimal widthCm, @RequestParam(required = false) BigDecimal heightCm,
                 RedirectAttributes redirect) {
        return receive(me, id, code, good, damaged, new Measured(weightKg, lengthCm, widthCm, heightCm), redirect);
    }

    @PostMapping("/console/receive/{id}/arrive")
    String arrive(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, RedirectAttributes redirect) {
        var inbound = inHere(me, id);
        feedback.attempt(redirect, feedback.text("receive.next"), () -> receiving.arrive(inbound.id(), me.username()))
                .ifPresent(done -> feedback.ok(redirect, feedback.text("receive.arrived", done.number()), feedback.text("receive.next")));
        return "redirect:/console/receive/" + id;
    }

    @PostMapping("/console/receive/{id}/close")
    String close(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, RedirectAttributes redirect) {
        var inbound = inHere(me, id);
        feedback.attempt(redirect, feedback.text("receive.next"), () -> receiving.close(inbound.id(), me.username()))
                .ifPresent(done -> {
                    long off = done.lines().stream().filter(l -> l.discrepancy() != 0).count();
                    feedback.ok(redirect, feedback.text("receive.closed", done.number()),
                            feedback.text(off == 0 ? "receive.closed.clean" : "receive.closed.discrepancies", off));
                });
        return "redirect:/console/receive/" + id;
    }

    private record Measured(BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
    }

    private String receive(ConsoleOperator me, long id, String code, int good, int damaged, Measured measured, RedirectAttributes redirect) {
        var inbound = inHere(me, id);
        var next = feedback.text("receive.next");
        feedback.attempt(redirect, next, () -> {
            var product = scan.resolve(me.warehouseId(), null, code, inbound.merchant());
            var m = measured == null ? new Measured(null, null, null, null) : measured;
            var receipt = new Receipt(product, good, damaged, null, null, null, m.weightKg(), m.lengthCm(), m.widthCm(), m.heightCm());
            var after = receiving.receive(inbound.id(), receipt, me.username());
            var line = after.lines().stream().filter(l -> l.product().equals(product)).findFirst().orElseThrow();
            return feedback.text(damaged > 0 && good == 0 ? "receive.damaged" : "receive.received", good + damaged,
                    catalog.skus(List.of(product)).get(product), line.received(), line.expected());
        }).ifPresent(title -> feedback.ok(redirect, title, next));
        return "redirect:/console/receive/" + id;
    }

    private List<InboundView> matching(ConsoleOperator me, String q) {
        var code = q.strip();
        var found = new java.util.LinkedHashMap<InboundId, InboundView>();
        search.byReference(me.warehouseId(), code, 20).forEach(i -> found.put(i.id(), i));
        try {
            receiving.lookup(me.warehouseId(), code).forEach(i -> found.putIfAbsent(i.id(), i));
        } catch (InvalidInput blank) {
            // nothing scanned: nothing found
        }
        return List.copyOf(found.values());
    }

    private InboundView inHere(ConsoleOperator me, long id) {
        return receiving.find(new InboundId(id)).filter(i -> i.warehouse().equals(me.warehouseId()))
                .orElseThrow(() -> new NotFound("id", "inbound " + id + " not found"));
    }
}
