package dev.wharf.api.logistics;

import dev.wharf.api.support.ApiError;
import dev.wharf.api.support.ErrorShape;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Logistics API errors: application/problem+json with status, type, title, detail, instance,
 * plus a code. The API's own codes: an operation the order's state does not allow is a 400 with
 * code 407001 "Invalid order status"; a repeated externalOrderId is a 409 DUPLICATE_ORDER.
 */
@Component
class LogisticsErrorShape implements ErrorShape {

    static final String MOUNT = "/logistics/api/2024-04";

    @Override
    public boolean owns(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + MOUNT);
    }

    @Override
    public String fieldName(String coreField) {
        return switch (coreField) {
            case "merchant" -> "merchant";
            case "order" -> "orderId";
            case "shipTo.address1" -> "address.address1";
            case "shipTo.city" -> "address.city";
            case "shipTo.countryCode" -> "address.countryCode";
            case "shipTo.name" -> "address.name";
            case "shipTo" -> "address";
            case "sku" -> "merchantSku";
            case "title" -> "name";
            default -> coreField.replaceFirst("^lines\\[(\\d+)]\\.product", "lineItems[$1].logisticsSku")
                    .replaceFirst("^lines\\[(\\d+)]", "lineItems[$1]")
                    .replaceFirst("^lines$", "lineItems");
        };
    }

    @Override
    public ResponseEntity<Object> render(HttpServletRequest request, ApiError error) {
        var status = error.status();
        var message = error.message();
        return switch (error.code()) {
            case INVALID_STATUS -> "orderId".equals(error.field())
                    ? problem(request, HttpStatus.BAD_REQUEST, "INVALID_ORDER_STATUS", "Invalid order status", 407001, message)
                    : generic(request, error);
            case DUPLICATE -> "externalOrderId".equals(error.field())
                    ? problem(request, HttpStatus.CONFLICT, "DUPLICATE_ORDER", "Duplicate order", "DUPLICATE_ORDER", message)
                    : generic(request, error);
            case UNAUTHORIZED -> {
                // The vendor's 401 carries code 401 and a message besides the problem's fields.
                var problem = body(request, status, status.name(), status.getReasonPhrase(), status.value(), message);
                problem.setProperty("message", message);
                yield ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
            default -> generic(request, error);
        };
    }

    private static ResponseEntity<Object> generic(HttpServletRequest request, ApiError error) {
        var code = error.code().name();
        return problem(request, error.status(), code, error.status().getReasonPhrase(), code, error.message());
    }

    static ResponseEntity<Object> problem(HttpServletRequest request, HttpStatus status, String type, String title, Object code,
                                          String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(request, status, type, title, code, detail));
    }

    static ProblemDetail body(HttpServletRequest request, HttpStatus status, String type, String title, Object code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://wharf.dev/logistics/problems/" + type));
        problem.setTitle(title);
        problem.setInstance(dev.wharf.api.support.ProblemShape.instance(request));
        problem.setProperty("code", code);
        return problem;
    }
}
