package dev.wharf.api.console;

import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.ShippingOrder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shipping at the dock door: scan a packed order and it leaves with all its labelled packages
 * ({@link ShippingOrder}, priced from the rate table). The screen lists what is packed and waiting.
 */
@Controller
class ShipScreen {

    static final String PATH = "/console/ship";
    private static final int WAITING = 50;

    private final Orders orders;
    private final ShippingOrder shipping;
    private final ConsoleFeedback feedback;

    ShipScreen(Orders orders, ShippingOrder shipping, ConsoleFeedback feedback) {
        this.orders = orders;
        this.shipping = shipping;
        this.feedback = feedback;
    }

    @GetMapping(PATH)
    String screen(@AuthenticationPrincipal ConsoleOperator me, Model model) {
        model.addAttribute("packed", orders.inWarehouse(me.warehouseId(), OrderStatus.PACKED, 0, WAITING));
        return "console/ship";
    }

    @PostMapping(PATH)
    String scan(@AuthenticationPrincipal ConsoleOperator me, @RequestParam String code, RedirectAttributes redirect) {
        feedback.attempt(redirect, feedback.text("ship.next"), () -> shipping.shipFromWarehouse(me.warehouseId(),
                        new OrderId(PickScreens.orderId(code.strip())), null, me.username()))
                .ifPresent(shipped -> feedback.ok(redirect, feedback.text("ship.shipped", String.valueOf(shipped.id().value()),
                        shipped.packages().size()), feedback.text("ship.next")));
        return "redirect:" + PATH;
    }
}
