package dev.wharf.api.deliverr;

import dev.wharf.api.support.ErrorShape;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Partner API errors: a 4xx and {@code {"error": "<CODE>"}} with the partner's codes
 * (DUPLICATE_SKU, DUPLICATE_BARCODE, MISSING_BARCODE, UNKNOWN_WAREHOUSE, TOO_LATE_TO_CANCEL…),
 * plus a {@code message} naming the field, for people reading logs.
 */
@Component
class DeliverrErrorShape implements ErrorShape {

    static final String MOUNT = "/deliverr";

    @Override
    public boolean owns(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(MOUNT) || path.startsWith(MOUNT + "/");
    }

    @Override
    public String fieldName(String coreField) {
        return switch (coreField) {
            case "shipTo.address1" -> "shippingAddress.street1";
            case "shipTo.city" -> "shippingAddress.city";
            case "shipTo.countryCode" -> "shippingAddress.country";
            case "shipTo.name" -> "shippingAddress.name";
            case "shipTo" -> "shippingAddress";
            case "externalId" -> "deliverrAsnId";
            case "externalOrderId" -> "deliverrShipmentId";
            default -> coreField.replaceFirst("^lines\\[(\\d+)]", "lineItems[$1]");
        };
    }

    @Override
    public ResponseEntity<Object> render(HttpServletRequest request, HttpStatus status, String code, String message) {
        var field = message.contains(":") ? message.substring(0, message.indexOf(':')) : "";
        var partnerCode = switch (code) {
            case "DUPLICATE" -> switch (field) {
                case "sku" -> "DUPLICATE_SKU";
                case "barcodes" -> "DUPLICATE_BARCODE";
                case "deliverrAsnId", "externalId" -> "DUPLICATE_ASN";
                case "deliverrShipmentId", "externalOrderId" -> "DUPLICATE_SHIPMENT";
                default -> "DUPLICATE";
            };
            case "INVALID_STATUS" -> "TOO_LATE_TO_CANCEL";
            case "INVALID_INPUT", "MALFORMED_JSON" -> "BAD_REQUEST";
            default -> code;
        };
        // The core names a repeated order in the Logistics API's words; the partner has its own code for it.
        return body(status, partnerCode, message.replace("DUPLICATE_ORDER: ", ""));
    }

    static ResponseEntity<Object> body(HttpStatus status, String code, String message) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", code);
        if (message != null) {
            body.put("message", message);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
