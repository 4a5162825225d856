package dev.wharf.api.deliverr;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(basePackageClasses = DeliverrAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeliverrAdvice {

    @ExceptionHandler(PartnerError.class)
    ResponseEntity<Object> partner(PartnerError e) {
        return DeliverrErrorShape.body(e.status(), e.code(), e.getMessage());
    }
}
