package dev.wharf.api.logistics;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Failures only this dialect has. */
@RestControllerAdvice(basePackageClasses = LogisticsAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LogisticsAdvice {

    @ExceptionHandler(Idempotency.KeyMisused.class)
    ResponseEntity<Object> keyMisused(Idempotency.KeyMisused e, HttpServletRequest request) {
        return LogisticsErrorShape.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                "Idempotency key reused", "IDEMPOTENCY_KEY_REUSED", e.getMessage());
    }

    @ExceptionHandler(Idempotency.KeyBusy.class)
    ResponseEntity<Object> keyBusy(Idempotency.KeyBusy e, HttpServletRequest request) {
        return LogisticsErrorShape.problem(request, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
                "Idempotency key in use", "IDEMPOTENCY_KEY_IN_USE", e.getMessage());
    }
}
