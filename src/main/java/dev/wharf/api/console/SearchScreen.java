package dev.wharf.api.console;

import dev.wharf.api.support.ProductScan;
import dev.wharf.inbound.InboundSearch;
import dev.wharf.outbound.OrderSearch;
import dev.wharf.warehouse.Warehouses;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box of every page: an order id or number, a merchant's or partner's order id, a
 * partner shipment id, an inbound id, number or ASN id, a tracking number, a SKU, a barcode or a
 * section code, all within the operator's warehouse. One match opens it; several are listed.
 */
@Controller
class SearchScreen {

    /** One match: what kind of record, how to name it, where it opens. */
    public record Hit(String kind, String name, String detail, String link) {
    }

    private static final int LIMIT = 20;

    private final OrderSearch orders;
    private final InboundSearch inbounds;
    private final ProductScan products;
    private final Warehouses warehouses;

    SearchScreen(OrderSearch orders, InboundSearch inbounds, ProductScan products, Warehouses warehouses) {
        this.orders = orders;
        this.inbounds = inbounds;
        this.products = products;
        this.warehouses = warehouses;
    }

    @GetMapping("/console/search")
    String search(@AuthenticationPrincipal ConsoleOperator me, @RequestParam(required = false) String q, Model model) {
        var code = q == null ? "" : q.strip();
        model.addAttribute("query", code);
        model.addAttribute("searchQuery", code);
        if (code.isEmpty() || code.length() > 200) {
            model.addAttribute("hits", List.of());
            return "console/search";
        }
        var hits = new ArrayList<Hit>();
        orders.byReference(me.warehouseId(), code, LIMIT).forEach(o -> hits.add(new Hit("search.kind.order", o.number(),
                o.terms() == null || o.terms().externalId() == null ? o.status().name()
                        : o.terms().externalId() + " · " + o.status().name(), "/console/orders/" + o.id().value())));
        inbounds.byReference(me.warehouseId(), code, LIMIT).forEach(i -> hits.add(new Hit("search.kind.inbound", i.number(),
                i.externalId() == null ? i.status().name() : i.externalId() + " · " + i.status().name(), "/console/receive/" + i.id().value())));
        products.candidates(me.warehouseId(), code, null).stream().limit(LIMIT).forEach(p -> {
            var name = p.sku() != null ? p.sku() : code;
            hits.add(new Hit("search.kind.product", name, p.title(), stock(name)));
        });
        warehouses.findSection(me.warehouseId(), code).ifPresent(s -> hits.add(new Hit("search.kind.section", s.code(), null,
                stock(s.code()))));
        if (hits.size() == 1) {
            return "redirect:" + hits.get(0).link();
        }
        model.addAttribute("hits", hits);
        return "console/search";
    }

    private static String stock(String code) {
        return "/console/stock?q=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
