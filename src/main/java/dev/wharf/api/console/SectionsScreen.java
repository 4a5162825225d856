package dev.wharf.api.console;

import dev.wharf.warehouse.Warehouses;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warehouse's storage sections, and the supervisor's scan that creates one: put-away refuses a
 * section nobody created, so a mistyped code never becomes a place stock vanishes into.
 */
@Controller
class SectionsScreen {

    static final String PATH = "/console/supervisor/sections";
    private static final int PAGE = 50;

    @Component
    static class Entry implements MenuItem.Menu {
        @Override
        public List<MenuItem> items() {
            return List.of(new MenuItem("nav.sections", PATH, 240, true));
        }
    }

    private final Warehouses warehouses;
    private final ConsoleFeedback feedback;

    SectionsScreen(Warehouses warehouses, ConsoleFeedback feedback) {
        this.warehouses = warehouses;
        this.feedback = feedback;
    }

    @GetMapping(PATH)
    String sections(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String after, Model model) {
        var page = warehouses.sections(me.warehouseId(), after == null || after.isBlank() ? null : after, PAGE + 1);
        var shown = page.stream().limit(PAGE).toList();
        model.addAttribute("sections", shown);
        model.addAttribute("nextAfter", page.size() > PAGE ? shown.get(PAGE - 1).code() : null);
        return "console/sections";
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
        var next = feedback.text("sections.next");
        feedback.attempt(redirect, next, () -> warehouses.createSection(me.warehouseId(), code.strip(), me.isSupervisor()))
                .ifPresent(created -> feedback.ok(redirect, feedback.text("sections.created", created.code()), next));
        return "redirect:" + PATH;
    }
}
