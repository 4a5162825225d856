package dev.wharf.api.shipapi;

import dev.wharf.api.support.ApiError;
import dev.wharf.api.support.ErrorShape;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** ShipAPI failures: the envelope with IsSuccess false and an Error naming the field. */
@Component
class ShipApiErrorShape implements ErrorShape {

    /** Core field paths in the ShipAPI's words; the first matching prefix is replaced. */
    private static final Map<Pattern, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put(Pattern.compile("^lines\\[(\\d+)]\\.product"), "products[$1].productId");
        FIELDS.put(Pattern.compile("^lines\\[(\\d+)]\\.stockRow"), "products[$1].inventoryId");
        FIELDS.put(Pattern.compile("^lines\\[(\\d+)]"), "products[$1]");
        FIELDS.put(Pattern.compile("^lines"), "products");
        FIELDS.put(Pattern.compile("^services\\[(\\d+)]\\.item"), "extraServices[$1].servicePlanItemId");
        FIELDS.put(Pattern.compile("^services\\[(\\d+)]\\.product"), "extraServices[$1].productId");
        FIELDS.put(Pattern.compile("^services\\[(\\d+)]\\.stockRow"), "extraServices[$1].inventoryId");
        FIELDS.put(Pattern.compile("^packages\\[(\\d+)]\\.items\\[(\\d+)]\\.product"), "packages[$1].packageItems[$2].productId");
        FIELDS.put(Pattern.compile("^packages\\[(\\d+)]\\.items"), "packages[$1].packageItems");
        FIELDS.put(Pattern.compile("^merchant$"), "userId");
        FIELDS.put(Pattern.compile("^warehouse$"), "warehouseId");
        FIELDS.put(Pattern.compile("^defaultWarehouse$"), "defaultWarehouseId");
        FIELDS.put(Pattern.compile("^order$"), "shipmentId");
        FIELDS.put(Pattern.compile("^inbound$"), "fbmId");
        FIELDS.put(Pattern.compile("^product$"), "productId");
        FIELDS.put(Pattern.compile("^sku$"), "SKU");
        FIELDS.put(Pattern.compile("^label$"), "labelPdf");
    }

    @Override
    public boolean owns(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/shipapi");
    }

    @Override
    public String fieldName(String coreField) {
        for (var entry : FIELDS.entrySet()) {
            var matcher = entry.getKey().matcher(coreField);
            if (matcher.find()) {
                return matcher.replaceFirst(entry.getValue());
            }
        }
        return coreField;
    }

    @Override
    public ResponseEntity<Object> render(HttpServletRequest request, ApiError error) {
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(Envelope.failure(error.message()));
    }
}
