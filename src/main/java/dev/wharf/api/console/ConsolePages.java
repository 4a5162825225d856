package dev.wharf.api.console;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: who is logged in and the navigation their role sees. */
@ControllerAdvice(basePackages = "dev.wharf.api.console")
class ConsolePages {

    private final List<MenuItem.Menu> menus;

    ConsolePages(List<MenuItem.Menu> menus) {
        this.menus = menus;
    }

    @ModelAttribute("me")
    ConsoleOperator me(@AuthenticationPrincipal ConsoleOperator me) {
        return me;
    }

    @ModelAttribute("menu")
    List<MenuItem> menu(@AuthenticationPrincipal ConsoleOperator me) {
        if (me == null) {
            return List.of();
        }
        return menus.stream().flatMap(m -> m.items().stream())
                .filter(item -> !item.supervisor() || me.isSupervisor())
                .sorted(Comparator.comparingInt(MenuItem::position))
                .toList();
    }
}
