package dev.wharf.api.deliverr;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * springdoc gives every declared response the method's return type as its content, so a
 * {@code 409} of an echoing endpoint would read "string". For the partner API and ShipAPI the
 * error responses are declared with a description only and their content is cleared here: the
 * shared OpenAPI customizer then attaches the dialect's own error schema to each of them.
 */
@Component
class ErrorResponsesLeftBare implements GlobalOperationCustomizer {

    private static final String DELIVERR = ErrorResponsesLeftBare.class.getPackageName();
    private static final String SHIPAPI = "dev.wharf.api.shipapi";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var owner = handler.getBeanType().getPackageName();
        if ((owner.equals(DELIVERR) || owner.equals(SHIPAPI)) && operation.getResponses() != null) {
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(null);
                }
            });
        }
        return operation;
    }
}
