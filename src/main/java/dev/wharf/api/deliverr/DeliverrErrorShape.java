package dev.wharf.api.deliverr;

import dev.wharf.api.support.ApiError;
import dev.wharf.api.support.ErrorCode;
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
    public ResponseEntity<Object> render(HttpServletRequest request, ApiError error) {
        var field = error.field() == null ? "" : error.field();
        var partnerCode = switch (error.code()) {
            case DUPLICATE -> switch (field) {
                case "sku" -> "DUPLICATE_SKU";
                case "barcodes" -> "DUPLICATE_BARCODE";
                case "deliverrAsnId" -> "DUPLICATE_ASN";
                case "externalOrderId", "deliverrShipmentId" -> "DUPLICATE_SHIPMENT";
                default -> "DUPLICATE";
            };
            case INVALID_STATUS -> "TOO_LATE_TO_CANCEL";
            case INVALID_INPUT, MALFORMED_JSON -> "BAD_REQUEST";
            default -> error.code().name();
        };
        if (error.code() == ErrorCode.UNAUTHORIZED) {
            // The partner reads only the code; the challenge tells a person's client to ask for Basic credentials.
            return ResponseEntity.status(error.status()).header("WWW-Authenticate", "Basic realm=\"wharf\", charset=\"UTF-8\"")
                    .contentType(MediaType.APPLICATION_JSON).body(java.util.Map.of("error", partnerCode));
        }
        return body(error.status(), partnerCode, error.message());
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
