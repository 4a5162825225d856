package dev.wharf.api.console;

import dev.wharf.catalog.Catalog;
import dev.wharf.events.ParkedDeliveries;
import dev.wharf.inbound.InboundBoard;
import dev.wharf.inbound.InboundStatus;
import dev.wharf.outbound.FloorBoard;
import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.Orders;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.TimeSource;
import dev.wharf.warehouse.Warehouses;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's dashboard (today's work in numbers, each a link) and the lists behind it:
 * orders and inbounds filtered by merchant, status and date, paged; orders at risk; orders held
 * for stock; failing webhook deliveries. Every number is one grouped query of its module.
 */
@Controller
class BoardScreens {

    /** The inbound statuses a dashboard number stands for. */
    static final List<InboundStatus> EXPECTED = List.of(InboundStatus.NEW, InboundStatus.IN_TRANSIT);
    /** The order statuses of work still to do, in the order the floor does it. */
    static final List<OrderStatus> OPEN = List.of(OrderStatus.CREATED, OrderStatus.AWAITING_GOODS, OrderStatus.ERROR,
            OrderStatus.ALLOCATED, OrderStatus.PICKING, OrderStatus.PACKED);

    /** One figure of the dashboard: its label (message key and argument), the number, where it leads. */
    public record Figure(String label, String argument, long count, String link, boolean warn) {
    }

    private final FloorBoard orders;
    private final InboundBoard inbounds;
    private final ParkedDeliveries deliveries;
    private final Orders orderViews;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final TimeSource time;
    private final ConsoleSettings settings;

    BoardScreens(FloorBoard orders, InboundBoard inbounds, ParkedDeliveries deliveries, Orders orderViews, Catalog catalog,
                 Warehouses warehouses, TimeSource time, ConsoleSettings settings) {
        this.orders = orders;
        this.inbounds = inbounds;
        this.deliveries = deliveries;
        this.orderViews = orderViews;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.time = time;
        this.settings = settings;
    }

    @GetMapping("/console/supervisor/dashboard")
    String dashboard(@AuthenticationPrincipal ConsoleOperator me, Model model) {
        var inboundCounts = inbounds.countsByStatus(me.warehouseId());
        var orderCounts = orders.counts(me.warehouseId(), time.now().plus(settings.atRiskWithin()));
        long expected = EXPECTED.stream().mapToLong(s -> inboundCounts.getOrDefault(s, 0L)).sum();
        var receiving = List.of(
                new Figure("dashboard.inbounds.expected", null, expected, "/console/lists/inbounds?status=EXPECTED", false),
                new Figure("dashboard.inbounds.arrived", null, inboundCounts.getOrDefault(InboundStatus.ARRIVED, 0L),
                        "/console/lists/inbounds?status=ARRIVED", false),
                new Figure("dashboard.inbounds.receiving", null, inboundCounts.getOrDefault(InboundStatus.RECEIVING, 0L),
                        "/console/lists/inbounds?status=RECEIVING", false));
        var byStatus = OPEN.stream().map(s -> new Figure("dashboard.orders.status", s.name(), orderCounts.byStatus().getOrDefault(s, 0L),
                "/console/lists/orders?status=" + s.name(), s == OrderStatus.ERROR)).toList();
        long failing = deliveries.countFailing();
        var attention = List.of(
                new Figure("dashboard.atRisk", null, orderCounts.atRisk(), "/console/lists/at-risk", orderCounts.atRisk() > 0),
                new Figure("dashboard.openPickLists", null, orderCounts.openPickLists(), PickScreens.PATH, false),
                new Figure("dashboard.stockouts", null, orderCounts.waitingForStock(), "/console/lists/stockouts",
                        orderCounts.waitingForStock() > 0),
                new Figure("dashboard.failingDeliveries", null, failing, "/console/supervisor/deliveries", failing > 0));
        model.addAttribute("receiving", receiving);
        model.addAttribute("orders", byStatus);
        model.addAttribute("attention", attention);
        return "console/dashboard";
    }

    @GetMapping("/console/lists/orders")
    String orderList(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String merchant,
                     @RequestParam(required = false) String status, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) Integer page, Model model) {
        var list = ListPage.of(merchant, status, from, to, page);
        var zone = zone(me);
        var filter = new FloorBoard.Filter(list.merchantId(), list.status() == null ? null : parse(OrderStatus.class, list.status()),
                list.start(zone), list.end(zone));
        var rows = orders.list(me.warehouseId(), filter, list.offset(), list.fetch());
        return orderPage(model, "list.orders", "/console/lists/orders", list, rows, OrderStatus.values());
    }

    @GetMapping("/console/lists/at-risk")
    String atRisk(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) Integer page, Model model) {
        var list = ListPage.of(null, null, null, null, page);
        var rows = orders.atRisk(me.warehouseId(), time.now().plus(settings.atRiskWithin()), list.offset(), list.fetch());
        return orderPage(model, "list.atRisk", "/console/lists/at-risk", list, rows, null);
    }

    @GetMapping("/console/lists/stockouts")
    String stockouts(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) Integer page, Model model) {
        var list = ListPage.of(null, null, null, null, page);
        var rows = orders.waitingForStock(me.warehouseId(), list.offset(), list.fetch());
        return orderPage(model, "list.stockouts", "/console/lists/stockouts", list, rows, null);
    }

    @GetMapping("/console/lists/inbounds")
    String inboundList(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String merchant,
                       @RequestParam(required = false) String status, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) Integer page, Model model) {
        var list = ListPage.of(merchant, status, from, to, page);
        var zone = zone(me);
        var statuses = list.status() == null ? List.<InboundStatus>of()
                : "EXPECTED".equalsIgnoreCase(list.status()) ? EXPECTED : List.of(parse(InboundStatus.class, list.status()));
        var rows = inbounds.list(me.warehouseId(), new InboundBoard.Filter(list.merchantId(), statuses, list.start(zone), list.end(zone)),
                list.offset(), list.fetch());
        model.addAttribute("rows", list.shown(rows));
        model.addAttribute("list", list);
        model.addAttribute("more", rows.size() > ListPage.SIZE);
        model.addAttribute("statuses", InboundStatus.values());
        return "console/list-inbounds";
    }

    @GetMapping("/console/supervisor/deliveries")
    String failingDeliveries(Model model) {
        model.addAttribute("parked", deliveries.list("PARKED", dev.wharf.shared.Keyset.first(500)));
        model.addAttribute("failed", deliveries.list("FAILED", dev.wharf.shared.Keyset.first(500)));
        return "console/deliveries";
    }

    /** An order as the floor sees it: references, status, lines, packages; another warehouse's order is not found. */
    @GetMapping("/console/orders/{id}")
    String order(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id, Model model) {
        var order = orderViews.requireIn(me.warehouseId(), new OrderId(id));
        model.addAttribute("order", order);
        model.addAttribute("skus", catalog.skus(order.lines().stream().map(l -> l.product()).toList()));
        return "console/order";
    }

    private String orderPage(Model model, String title, String path, ListPage list, List<FloorBoard.OrderRow> rows,
                             OrderStatus[] statuses) {
        model.addAttribute("title", title);
        model.addAttribute("path", path);
        model.addAttribute("rows", list.shown(rows));
        model.addAttribute("list", list);
        model.addAttribute("more", rows.size() > ListPage.SIZE);
        model.addAttribute("statuses", statuses);
        return "console/list-orders";
    }

    private java.time.ZoneId zone(ConsoleOperator me) {
        return warehouses.require("warehouse", me.warehouseId()).timezone();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "'" + value + "' is not a status");
        }
    }
}
