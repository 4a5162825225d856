package dev.wharf.api.console;

import java.util.List;
import org.springframework.stereotype.Component;

/** The outbound floor flows in the navigation: pick, pack, ship, returns (positions 130–160). */
@Component
class FloorMenu implements MenuItem.Menu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("nav.pick", PickScreens.PATH, 130, false),
                new MenuItem("nav.pack", PackScreens.PATH, 140, false),
                new MenuItem("nav.ship", ShipScreen.PATH, 150, false),
                new MenuItem("nav.returns", ReturnScreens.PATH, 160, false));
    }
}
