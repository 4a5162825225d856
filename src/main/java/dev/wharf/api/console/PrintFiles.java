package dev.wharf.api.console;

import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PrintingPackingSlip;
import dev.wharf.shared.NotFound;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the packing bench prints, behind the console's session (the ops API's own links need an
 * API token the browser does not hold): a package's label as PDF or ZPL, an order's packing slip.
 */
@Controller
class PrintFiles {

    private final Orders orders;
    private final PrintingPackingSlip packingSlips;

    PrintFiles(Orders orders, PrintingPackingSlip packingSlips) {
        this.orders = orders;
        this.packingSlips = packingSlips;
    }

    @GetMapping("/console/packages/{id}/label.pdf")
    ResponseEntity<byte[]> labelPdf(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id) {
        var label = orders.packageLabel(me.warehouseId(), id).filter(l -> l.pdf() != null)
                .orElseThrow(() -> new NotFound("id", "no PDF label for package " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(label.pdf());
    }

    @GetMapping("/console/packages/{id}/label.zpl")
    ResponseEntity<String> labelZpl(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id) {
        var label = orders.packageLabel(me.warehouseId(), id).filter(l -> l.zpl() != null)
                .orElseThrow(() -> new NotFound("id", "no ZPL label for package " + id));
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(label.zpl());
    }

    @GetMapping("/console/orders/{id}/packing-slip.pdf")
    ResponseEntity<byte[]> packingSlip(@AuthenticationPrincipal ConsoleOperator me, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(packingSlips.print(me.warehouseId(), new OrderId(id)));
    }
}
