package dev.wharf.api.console;

import dev.wharf.account.MerchantId;
import dev.wharf.inventory.AdjustmentReason;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PickListView;
import dev.wharf.outbound.Picking;
import dev.wharf.shared.InvalidInput;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Picking with a scanner: start a pick list (scan an order, or take every allocated order), then
 * walk it in section order: scan the section, then each unit's product. The section scanned is
 * remembered in the session, per list, until its tasks are done or another section is scanned.
 */
@Controller
class PickScreens {

    static final String PATH = "/console/pick";
    private static final int BATCH = 20;

    private final Picking picking;
    private final Orders orders;
    private final FloorScans scans;
    private final ConsoleFeedback feedback;

    PickScreens(Picking picking, Orders orders, FloorScans scans, ConsoleFeedback feedback) {
        this.picking = picking;
        this.orders = orders;
        this.scans = scans;
        this.feedback = feedback;
    }

    @GetMapping(PATH)
    String start(@AuthenticationPrincipal ConsoleOperator me, Model model) {
        model.addAttribute("lists", picking.open(me.warehouseId()));
        model.addAttribute("allocated", orders.inWarehouse(me.warehouseId(), OrderStatus.ALLOCATED, 0, BATCH));
        return "console/pick-start";
    }

    /** A scanned order (id, platform id or tracking number) starts a list of its own; a scanned pick list number ("PL 1001") opens that list. */
    @PostMapping(PATH)
    String scanToStart(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String code, RedirectAttributes redirect) {
        var scanned = code.strip();
        var open = picking.open(me.warehouseId()).stream().filter(l -> l.number().equalsIgnoreCase(scanned)).findFirst();
        if (open.isPresent()) {
            return "redirect:" + PATH + "/" + open.get().id();
        }
        return feedback.attempt(redirect, feedback.text("pick.start.next"), () -> picking.create(me.warehouseId(),
                        List.of(scans.order(me.warehouseId(), scanned).id()), me.username()))
                .map(list -> started(list, redirect)).orElse("redirect:" + PATH);
    }

    /** One list for the oldest allocated orders, as many as a picker walks at once. */
    @PostMapping(PATH + "/batch")
    String batch(@AuthenticationPrincipal ConsoleOperator me, RedirectAttributes redirect) {
        var ids = orders.inWarehouse(me.warehouseId(), OrderStatus.ALLOCATED, 0, BATCH).stream().map(o -> o.id()).toList();
        if (ids.isEmpty()) {
            feedback.refused(redirect, feedback.text("pick.none"), null, feedback.text("pick.start.next"));
            return "redirect:" + PATH;
        }
        return feedback.attempt(redirect, feedback.text("pick.start.next"), () -> picking.create(me.warehouseId(), ids, me.username()))
                .map(list -> started(list, redirect)).orElse("redirect:" + PATH);
    }

    private String started(PickListView list, RedirectAttributes redirect) {
        feedback.ok(redirect, feedback.text("pick.started", list.number()), nextStep(list, null));
        return "redirect:" + PATH + "/" + list.id();
    }

    @GetMapping(PATH + "/{id}")
    String list(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, HttpSession session, Model model) {
        var list = picking.require(me.warehouseId(), id);
        var section = section(session, list);
        model.addAttribute("list", list);
        model.addAttribute("section", section);
        model.addAttribute("skus", scans.skus(list.tasks().stream().map(PickListView.Task::product).toList()));
        model.addAttribute("next", nextStep(list, section));
        model.addAttribute("reasons", Picking.SHORT_PICK_REASONS);
        return "console/pick";
    }

    /** A section code of the list selects the section; anything else is a product, picked one unit per scan. */
    @PostMapping(PATH + "/{id}/scan")
    String scan(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @RequestParam String code, HttpSession session,
                RedirectAttributes redirect) {
        var list = picking.require(me.warehouseId(), id);
        var scanned = code.strip();
        var sectionScanned = openTasks(list).stream().map(PickListView.Task::section).filter(s -> s.equalsIgnoreCase(scanned)).findFirst();
        if (sectionScanned.isPresent()) {
            session.setAttribute(sectionKey(id), sectionScanned.get());
            feedback.ok(redirect, feedback.text("pick.section.ok", sectionScanned.get()), nextStep(list, sectionScanned.get()));
            return redirect(id);
        }
        var section = section(session, list);
        if (section == null) {
            feedback.refused(redirect, feedback.text("pick.section.first"), feedback.text("pick.section.unknown", scanned),
                    nextStep(list, null));
            return redirect(id);
        }
        feedback.attempt(redirect, nextStep(list, section), () -> picking.confirm(me.warehouseId(), id, section,
                        scans.product(me.warehouseId(), scanned, merchants(me, list)), 1, me.username()))
                .ifPresent(after -> {
                    var here = section(session, after);
                    feedback.ok(redirect, feedback.text("pick.picked", scanned, section), nextStep(after, here));
                });
        return redirect(id);
    }

    @PostMapping(PATH + "/{id}/tasks/{taskId}/short")
    String shortPick(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, @PathVariable long taskId,
                     @RequestParam int found, @RequestParam String reason, HttpSession session, RedirectAttributes redirect) {
        var list = picking.require(me.warehouseId(), id);
        feedback.attempt(redirect, nextStep(list, section(session, list)), () -> picking.shortPick(me.warehouseId(), id, taskId, found,
                        reason(reason), me.username()))
                .ifPresent(after -> feedback.ok(redirect, feedback.text("pick.short.done", found), nextStep(after, section(session, after))));
        return redirect(id);
    }

    /** What the picker does now: scan the next section, the next product here, or take the list to packing. */
    private String nextStep(PickListView list, String section) {
        var open = openTasks(list);
        if (open.isEmpty()) {
            return feedback.text("pick.next.done");
        }
        var here = open.stream().filter(t -> t.section().equals(section)).findFirst();
        if (here.isPresent()) {
            var sku = scans.skus(List.of(here.get().product())).getOrDefault(here.get().product(), "#" + here.get().product().value());
            return feedback.text("pick.next.product", sku, here.get().remaining(), section);
        }
        return feedback.text("pick.next.section", open.get(0).section());
    }

    /** The section scanned last on this list, while it still has something to pick. */
    private static String section(HttpSession session, PickListView list) {
        var section = (String) session.getAttribute(sectionKey(list.id()));
        if (section == null || openTasks(list).stream().noneMatch(t -> t.section().equals(section))) {
            session.removeAttribute(sectionKey(list.id()));
            return null;
        }
        return section;
    }

    private List<MerchantId> merchants(ConsoleOperator me, PickListView list) {
        return list.tasks().stream().map(PickListView.Task::order).distinct()
                .map(order -> orders.requireIn(me.warehouseId(), order).merchant()).filter(Objects::nonNull).distinct().toList();
    }

    private static List<PickListView.Task> openTasks(PickListView list) {
        return list.tasks().stream().filter(t -> t.status() == PickListView.TaskStatus.OPEN).toList();
    }

    private static String sectionKey(long listId) {
        return "floor.pick.section." + listId;
    }

    private static String redirect(long id) {
        return "redirect:" + PATH + "/" + id;
    }

    private static AdjustmentReason reason(String value) {
        try {
            return AdjustmentReason.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("reason", "'" + value + "' is not a short pick reason");
        }
    }
}
