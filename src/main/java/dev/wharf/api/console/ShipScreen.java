package dev.wharf.api.console;

import dev.wharf.outbound.ManifestView;
import dev.wharf.outbound.Manifesting;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderSearch;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PackageView;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dock door: scan each labelled package (tracking number or package id) onto today's
 * manifest of its carrier (the package's label says which), see the manifest, and a supervisor
 * closes it when the carrier collects, which ships every order whose packages are all on it.
 */
@Controller
class ShipScreen {

    static final String PATH = "/console/ship";
    static final String CLOSE = "/console/supervisor/manifests/close";
    private static final String CARRIER = "floor.ship.carrier";
    private static final int WAITING = 50;

    private final Orders orders;
    private final OrderSearch search;
    private final Manifesting manifesting;
    private final ConsoleFeedback feedback;

    ShipScreen(Orders orders, OrderSearch search, Manifesting manifesting, ConsoleFeedback feedback) {
        this.orders = orders;
        this.search = search;
        this.manifesting = manifesting;
        this.feedback = feedback;
    }

    @GetMapping(PATH)
    String screen(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String carrier, HttpSession session,
                  Model model) {
        var packed = orders.inWarehouse(me.warehouseId(), OrderStatus.PACKED, 0, WAITING);
        var shown = carrier != null && !carrier.isBlank() ? carrier.strip() : (String) session.getAttribute(CARRIER);
        model.addAttribute("packed", packed);
        model.addAttribute("carriers", packed.stream().flatMap(o -> o.packages().stream()).map(PackageView::carrier)
                .filter(Objects::nonNull).map(c -> c.toUpperCase(Locale.ROOT)).distinct().sorted().toList());
        var manifest = shown == null ? null : manifesting.find(me.warehouseId(), shown, null);
        model.addAttribute("manifest", manifest);
        model.addAttribute("outcomes", manifest == null ? java.util.Map.of() : manifest.orders().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.order().value(), ManifestView.Outcome::result)));
        return "console/ship";
    }

    /** A package goes onto today's manifest of the carrier on its label. */
    @PostMapping(PATH)
    String scan(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String code, HttpSession session, RedirectAttributes redirect) {
        var scanned = code.strip();
        return feedback.attempt(redirect, feedback.text("ship.next"), () -> {
            var carrier = carrierOf(me.warehouseId(), scanned);
            return manifesting.scan(me.warehouseId(), carrier, scanned, me.username());
        }).map(manifest -> {
            session.setAttribute(CARRIER, manifest.carrier());
            feedback.ok(redirect, feedback.text("ship.onManifest", scanned, manifest.carrier(), manifest.packages().size()),
                    feedback.text("ship.next"));
            return "redirect:" + PATH;
        }).orElse("redirect:" + PATH);
    }

    /** The supervisor closes today's manifest of the carrier: its complete orders ship. */
    @PostMapping(CLOSE)
    String close(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String carrier, HttpSession session,
                 RedirectAttributes redirect) {
        session.setAttribute(CARRIER, carrier.strip());
        feedback.attempt(redirect, feedback.text("ship.next"), () -> manifesting.close(me.warehouseId(), carrier, me.username()))
                .ifPresent(closed -> {
                    long shipped = count(closed, ManifestView.Result.SHIPPED);
                    long refused = count(closed, ManifestView.Result.REFUSED);
                    var title = feedback.text("ship.closed", closed.carrier(), shipped, count(closed, ManifestView.Result.WAITING), refused);
                    if (refused > 0) {
                        feedback.refused(redirect, title, feedback.text("ship.closed.refused"), feedback.text("ship.closed.next"));
                    } else {
                        feedback.ok(redirect, title, feedback.text("ship.closed.next"));
                    }
                });
        return "redirect:" + PATH;
    }

    private String carrierOf(WarehouseId warehouse, String scanned) {
        var found = search.packageByReference(warehouse, scanned)
                .orElseThrow(() -> new NotFound("package", "no package " + scanned + " here"));
        var carrier = orders.requireIn(warehouse, new OrderId(found[1])).packages().stream()
                .filter(p -> p.id() == found[0]).map(PackageView::carrier).filter(Objects::nonNull).findFirst();
        return carrier.orElseThrow(() -> new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "package",
                "package " + found[0] + " has no carrier yet; label it first"));
    }

    private static long count(ManifestView manifest, ManifestView.Result result) {
        return manifest.orders().stream().filter(o -> o.result() == result).count();
    }
}
