package dev.wharf.api.console;

import dev.wharf.returns.CustomerReturn;
import dev.wharf.returns.Disposition;
import dev.wharf.returns.ReturnId;
import dev.wharf.returns.ReturnsFloor;
import dev.wharf.returns.UnitCondition;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Returns at the dock: scan the parcel (its RMA, its label's tracking number, or the return's id)
 * to receive it, then inspect unit by unit: scan the product, say its condition and where it goes
 * (restock, damaged stock, dispose). The section last used is remembered in the session.
 */
@Controller
class ReturnScreens {

    static final String PATH = "/console/returns";
    private static final String SECTION = "floor.returns.section";

    private final ReturnsFloor floor;
    private final FloorScans scans;
    private final ConsoleFeedback feedback;

    ReturnScreens(ReturnsFloor floor, FloorScans scans, ConsoleFeedback feedback) {
        this.floor = floor;
        this.scans = scans;
        this.feedback = feedback;
    }

    @GetMapping(PATH)
    String find() {
        return "console/returns-find";
    }

    /** The code on the parcel is tried as an RMA, then as a tracking number, then as a return id. */
    @PostMapping(PATH)
    String receive(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String code, RedirectAttributes redirect) {
        var scanned = code.strip();
        return feedback.attempt(redirect, feedback.text("returns.find.next"), () -> receiveFirstMatch(me, scanned))
                .map(received -> {
                    feedback.ok(redirect, feedback.text("returns.received", received.rma() == null ? String.valueOf(received.id().value()) : received.rma()),
                            feedback.text("returns.next.inspect"));
                    return "redirect:" + PATH + "/" + received.id().value();
                }).orElse("redirect:" + PATH);
    }

    private CustomerReturn receiveFirstMatch(ConsoleOperator me, String scanned) {
        var lookups = new ArrayList<Supplier<CustomerReturn>>();
        lookups.add(() -> floor.receive(me.warehouseId(), new ReturnsFloor.Lookup(null, scanned, null), me.username()));
        lookups.add(() -> floor.receive(me.warehouseId(), new ReturnsFloor.Lookup(null, null, scanned), me.username()));
        if (scanned.chars().allMatch(Character::isDigit) && !scanned.isEmpty() && scanned.length() < 19) {
            lookups.add(() -> floor.receive(me.warehouseId(), new ReturnsFloor.Lookup(new ReturnId(Long.parseLong(scanned)), null, null),
                    me.username()));
        }
        for (var lookup : lookups) {
            try {
                return lookup.get();
            } catch (NotFound notThisWay) {
                // the parcel may carry the return's other name
            }
        }
        throw new NotFound("code", "no return with RMA, tracking number or id " + scanned + " here");
    }

    @GetMapping(PATH + "/{id}")
    String inspect(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, HttpSession session, Model model) {
        var r = floor.require(me.warehouseId(), new ReturnId(id));
        model.addAttribute("ret", r);
        model.addAttribute("skus", scans.skus(r.items().stream().map(CustomerReturn.Item::product).toList()));
        model.addAttribute("conditions", UnitCondition.values());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("section", session.getAttribute(SECTION));
        model.addAttribute("next", feedback.text(r.uninspected() == 0 || r.status() != dev.wharf.returns.ReturnStatus.RECEIVED_FOR_PROCESSING
                ? "returns.next.done" : "returns.next.inspect"));
        return "console/return";
    }

    /** One unit inspected: the product scanned, its condition, and where it goes. */
    @PostMapping(PATH + "/{id}/inspect")
    String inspectUnit(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @RequestParam String code,
                       @RequestParam String receivedCondition, @RequestParam String finalCondition, @RequestParam String disposition,
                       @RequestParam(required = false) String section, HttpSession session, RedirectAttributes redirect) {
        var returnId = new ReturnId(id);
        var merchant = floor.require(me.warehouseId(), returnId).merchant();
        if (section != null && !section.isBlank()) {
            session.setAttribute(SECTION, section.strip());
        }
        feedback.attempt(redirect, feedback.text("returns.next.inspect"), () -> {
            var unit = new ReturnsFloor.Inspected(scans.product(me.warehouseId(), code, List.of(merchant)),
                    parse("receivedCondition", receivedCondition, UnitCondition.class), parse("finalCondition", finalCondition, UnitCondition.class),
                    parse("disposition", disposition, Disposition.class), section == null || section.isBlank() ? null : section.strip());
            return floor.inspect(me.warehouseId(), returnId, unit, me.username());
        }).ifPresent(after -> feedback.ok(redirect, feedback.text("returns.inspected", code.strip(),
                        feedback.text("returns.disposition." + disposition.strip().toUpperCase(Locale.ROOT))),
                feedback.text(after.uninspected() == 0 ? "returns.next.done" : "returns.next.inspect")));
        return "redirect:" + PATH + "/" + id;
    }

    /** A supervisor closes a return whose remaining units never came. */
    @PostMapping(PATH + "/{id}/close")
    String close(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, RedirectAttributes redirect) {
        feedback.attempt(redirect, feedback.text("returns.next.inspect"),
                        () -> floor.close(me.warehouseId(), new ReturnId(id), me.isSupervisor(), me.username()))
                .ifPresent(closed -> feedback.ok(redirect, feedback.text("returns.closed"), feedback.text("returns.find.next")));
        return "redirect:" + PATH + "/" + id;
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
