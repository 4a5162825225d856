package dev.wharf.api.console;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form and the start page: the screens this operator's role may open. */
@Controller
class HomePage {

    @GetMapping(ConsoleSecurity.LOGIN)
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }

    /** The floor flows and supervisor screens of this package, for the navigation. */
    @org.springframework.stereotype.Component
    static class Entries implements MenuItem.Menu {
        @Override
        public List<MenuItem> items() {
            return List.of(new MenuItem("nav.receive", "/console/receive", 110, false),
                    new MenuItem("nav.putaway", "/console/putaway", 120, false),
                    new MenuItem("nav.stock", "/console/stock", 170, false),
                    new MenuItem("nav.count", "/console/counts", 180, false),
                    new MenuItem("nav.dashboard", "/console/supervisor/dashboard", 200, true),
                    new MenuItem("nav.approvals", "/console/supervisor/counts", 210, true));
        }
    }
}
