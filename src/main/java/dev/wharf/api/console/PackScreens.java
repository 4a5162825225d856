package dev.wharf.api.console;

import dev.wharf.catalog.ProductId;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PackageSpec;
import dev.wharf.outbound.PackageView;
import dev.wharf.outbound.Packing;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.RuleViolation;
import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Packing with a scanner: scan the order, confirm its units by scanning each one, then close the
 * box (box, weight, and the tracking number of a label bought outside Wharf, if any) and print
 * the label and the packing slip. Units confirmed so far live in the session, per order.
 */
@Controller
class PackScreens {

    static final String PATH = "/console/pack";
    private static final int WAITING = 20;

    private final Orders orders;
    private final Packing packing;
    private final FloorScans scans;
    private final ConsoleFeedback feedback;

    PackScreens(Orders orders, Packing packing, FloorScans scans, ConsoleFeedback feedback) {
        this.orders = orders;
        this.packing = packing;
        this.scans = scans;
        this.feedback = feedback;
    }

    /** One line of the order at the packing bench. */
    public record Line(ProductId product, String sku, int ordered, int confirmed) {
        public boolean done() {
            return confirmed >= ordered;
        }
    }

    @GetMapping(PATH)
    String find(@AuthenticationPrincipal ConsoleOperator me, Model model) {
        model.addAttribute("waiting", orders.inWarehouse(me.warehouseId(), OrderStatus.PICKING, 0, WAITING));
        return "console/pack-find";
    }

    @PostMapping(PATH)
    String scanOrder(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String code, RedirectAttributes redirect) {
        return feedback.attempt(redirect, feedback.text("pack.find.next"),
                        () -> scans.order(me.warehouseId(), code))
                .map(order -> "redirect:" + PATH + "/" + order.id().value()).orElse("redirect:" + PATH);
    }

    @GetMapping(PATH + "/{id}")
    String order(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, HttpSession session, Model model) {
        var order = orders.requireIn(me.warehouseId(), new OrderId(id));
        var lines = lines(order, confirmed(session, id));
        boolean packable = order.status() == OrderStatus.PICKING || order.status() == OrderStatus.ALLOCATED;
        boolean allConfirmed = lines.stream().allMatch(Line::done);
        model.addAttribute("order", order);
        model.addAttribute("lines", lines);
        model.addAttribute("packable", packable);
        model.addAttribute("allConfirmed", allConfirmed);
        model.addAttribute("skus", scans.skus(order.lines().stream().map(OrderView.Line::product).toList()));
        model.addAttribute("next", !packable ? feedback.text(order.packages().isEmpty() ? "pack.next.notPackable" : "pack.next.print")
                : allConfirmed ? feedback.text("pack.next.box") : nextUnit(lines));
        return "console/pack";
    }

    /** One unit of the order confirmed; a product not in the order, or one unit too many, is refused. */
    @PostMapping(PATH + "/{id}/scan")
    String scanUnit(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @RequestParam String code, HttpSession session,
                    RedirectAttributes redirect) {
        var order = orders.requireIn(me.warehouseId(), new OrderId(id));
        var confirmed = confirmed(session, id);
        var before = lines(order, confirmed);
        feedback.attempt(redirect, nextUnit(before), () -> {
            var product = scans.product(me.warehouseId(), code, List.of(order.merchant()));
            var line = before.stream().filter(l -> l.product().equals(product)).findFirst()
                    .orElseThrow(() -> new InvalidInput("barcode", code.strip() + " is not in order " + id));
            if (line.done()) {
                throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "barcode", "every unit of " + line.sku() + " is confirmed already");
            }
            confirmed.merge(product.value(), 1, Integer::sum);
            session.setAttribute(confirmedKey(id), confirmed);
            return line;
        }).ifPresent(line -> {
            var after = lines(order, confirmed);
            feedback.ok(redirect, feedback.text("pack.confirmed", line.sku(), line.confirmed() + 1, line.ordered()),
                    after.stream().allMatch(Line::done) ? feedback.text("pack.next.box") : nextUnit(after));
        });
        return "redirect:" + PATH + "/" + id;
    }

    /** The confirmed units go into one box; the core labels it (or keeps the tracking number of a label bought elsewhere). */
    @PostMapping(PATH + "/{id}/pack")
    String pack(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @RequestParam(required = false) String box,
                @RequestParam String weightKg, @RequestParam(required = false) String lengthCm,
                @RequestParam(required = false) String widthCm, @RequestParam(required = false) String heightCm,
                @RequestParam(required = false) String carrier, @RequestParam(required = false) String service,
                @RequestParam(required = false) String trackingNumber, HttpSession session, RedirectAttributes redirect) {
        var order = orders.requireIn(me.warehouseId(), new OrderId(id));
        var items = confirmed(session, id).entrySet().stream()
                .map(e -> new PackageView.Item(new ProductId(e.getKey()), e.getValue())).toList();
        feedback.attempt(redirect, feedback.text("pack.next.box"), () -> packing.pack(me.warehouseId(), order.id(),
                        List.of(new PackageSpec(blankToNull(box), number("weightKg", weightKg), number("lengthCm", lengthCm),
                                number("widthCm", widthCm), number("heightCm", heightCm), items)),
                        blankToNull(carrier), blankToNull(service), blankToNull(trackingNumber), me.username()))
                .ifPresent(packed -> {
                    session.removeAttribute(confirmedKey(id));
                    var tracking = packed.packages().stream().map(PackageView::trackingNumber).filter(t -> t != null).findFirst().orElse("—");
                    feedback.ok(redirect, feedback.text("pack.packed", tracking), feedback.text("pack.next.print"));
                });
        return "redirect:" + PATH + "/" + id;
    }

    /** Asks again for a label that failed (or never came). */
    @PostMapping(PATH + "/{id}/packages/{packageId}/relabel")
    String relabel(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @PathVariable long packageId,
                   RedirectAttributes redirect) {
        feedback.attempt(redirect, feedback.text("pack.next.print"), () -> packing.relabel(me.warehouseId(), packageId, me.username()))
                .ifPresent(done -> feedback.ok(redirect, feedback.text("pack.relabelled"), feedback.text("pack.next.print")));
        return "redirect:" + PATH + "/" + id;
    }

    private List<Line> lines(OrderView order, Map<Long, Integer> confirmed) {
        var skus = scans.skus(order.lines().stream().map(OrderView.Line::product).toList());
        var ordered = new LinkedHashMap<ProductId, Integer>();
        order.lines().forEach(l -> ordered.merge(l.product(), l.quantity(), Integer::sum));
        return ordered.entrySet().stream().map(e -> new Line(e.getKey(), skus.getOrDefault(e.getKey(), "#" + e.getKey().value()),
                e.getValue(), confirmed.getOrDefault(e.getKey().value(), 0))).toList();
    }

    private String nextUnit(List<Line> lines) {
        return lines.stream().filter(l -> !l.done()).findFirst()
                .map(l -> feedback.text("pack.next.unit", l.sku(), l.ordered() - l.confirmed()))
                .orElse(feedback.text("pack.next.box"));
    }

    @SuppressWarnings("unchecked")
    private static HashMap<Long, Integer> confirmed(HttpSession session, long orderId) {
        var held = (HashMap<Long, Integer>) session.getAttribute(confirmedKey(orderId));
        return held == null ? new HashMap<>() : new HashMap<>(held);
    }

    private static String confirmedKey(long orderId) {
        return "floor.pack.confirmed." + orderId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BigDecimal number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "'" + value + "' is not a number");
        }
    }
}
