package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One box finds anything of the warehouse by any id or reference the floor may be holding. */
@RestController
@RequestMapping(path = "/ops/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "Any id or reference resolved to the records it names")
class SearchOpsEndpoints {

    @Schema(description = "A record the text names", requiredProperties = {"type", "id", "label"})
    record HitJson(UniversalSearch.HitType type, @Schema(description = "The record's id under its type's path") long id,
                   @Schema(description = "What to show the person") String label) {
    }

    private final UniversalSearch search;

    SearchOpsEndpoints(UniversalSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(operationId = "search", summary = "Resolve an order id or number, external/partner order id, partner shipment id, "
            + "ASN or inbound id, tracking number, SKU, barcode or section code to this warehouse's records (exact matches)")
    List<HitJson> search(@AuthenticationPrincipal Operator operator,
                         @RequestParam @Parameter(description = "What was scanned or typed", example = "1Z999AA10123456784") String q) {
        if (q.isBlank() || q.strip().length() > 200) {
            throw new InvalidInput("q", "give 1 to 200 characters to look for");
        }
        return search.resolve(operator.warehouseId(), q).stream().map(h -> new HitJson(h.type(), h.id(), h.label())).toList();
    }
}
