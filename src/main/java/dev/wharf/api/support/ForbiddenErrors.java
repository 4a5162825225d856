package dev.wharf.api.support;

import dev.wharf.shared.Forbidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A role refused by the core ({@link Forbidden}) is 403 in every dialect, in the dialect's own
 * error shape. Kept apart from {@link ApiErrors} (and ahead of its catch-all) so the two can
 * change independently.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ForbiddenErrors {

    private final List<ErrorShape> shapes;
    private final ErrorShape fallback = new ProblemShape();

    ForbiddenErrors(List<ErrorShape> shapes) {
        this.shapes = shapes;
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Object> forbidden(Forbidden e, HttpServletRequest request) {
        var shape = shapes.stream().filter(s -> s.owns(request)).findFirst().orElse(fallback);
        var message = e.field() == null ? e.getMessage() : shape.fieldName(e.field()) + ": " + e.getMessage();
        return shape.render(request, HttpStatus.FORBIDDEN, "FORBIDDEN", message);
    }
}
