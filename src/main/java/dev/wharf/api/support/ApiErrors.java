package dev.wharf.api.support;

import dev.wharf.shared.Forbidden;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One mapping from failures to HTTP statuses for every dialect: bad input is 400 naming the
 * field, unknown or foreign entities are 404, refusals by the current state are 409. Nothing
 * leaks a stack trace; unexpected failures are logged here and answered as a plain 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ErrorAnswers answers;

    ApiErrors(ErrorAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e, HttpServletRequest request) {
        return answers.answer(request, error(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, e.field(), e.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e, HttpServletRequest request) {
        return answers.answer(request, error(request, HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, e.field(), e.getMessage()));
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Object> forbidden(Forbidden e, HttpServletRequest request) {
        return answers.answer(request, error(request, HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, e.field(), e.getMessage()));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> refused(RuleViolation e, HttpServletRequest request) {
        return answers.answer(request, error(request, HttpStatus.CONFLICT, ErrorCode.of(e.kind()), e.field(), e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> notValid(MethodArgumentNotValidException e, HttpServletRequest request) {
        var error = e.getBindingResult().getFieldErrors().stream().findFirst();
        var message = error.map(f -> f.getField().strip() + ": " + f.getDefaultMessage()).orElse("request body is not valid");
        return answers.answer(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, message);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> notValid(HandlerMethodValidationException e, HttpServletRequest request) {
        var message = e.getParameterValidationResults().stream().findFirst()
                .map(r -> r.getMethodParameter().getParameterName() + ": "
                        + r.getResolvableErrors().stream().findFirst().map(x -> x.getDefaultMessage()).orElse("is not valid"))
                .orElse("request is not valid");
        return answers.answer(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, message);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (JsonErrors.isBodyTooLarge(e)) {
            return answers.answer(request, HttpStatus.CONTENT_TOO_LARGE, ErrorCode.BODY_TOO_LARGE, JsonErrors.problem(e));
        }
        return answers.answer(request, HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_JSON, JsonErrors.problem(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, e.getParameterName() + ": is required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, e.getHeaderName() + ": header is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT,
                e.getName() + ": expected " + JsonErrors.describe(e.getRequiredType()));
    }

    @ExceptionHandler(MissingPathVariableException.class)
    ResponseEntity<Object> missingPath(MissingPathVariableException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, e.getVariableName() + ": is required");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.METHOD_NOT_ALLOWED,
                request.getMethod() + " is not supported here; use " + String.join(", ", e.getSupportedMethods() == null
                        ? new String[0] : e.getSupportedMethods()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type: send application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.NOT_ACCEPTABLE, ErrorCode.NOT_ACCEPTABLE, "Accept: this API answers application/json");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Object> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return answers.answer(request, HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "no such endpoint: " + request.getRequestURI());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("refused by a database constraint on {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        var refusal = ConstraintRefusal.of(e);
        return answers.answer(request, error(request, refusal.status(), refusal.code(), refusal.field(), refusal.problem()));
    }

    /** Any other refusal Spring MVC itself raises (a bad header, a missing part...): its 4xx, our words. */
    @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class})
    ResponseEntity<Object> framework(Exception e, HttpServletRequest request) {
        if (!(e instanceof org.springframework.web.ErrorResponse response)) {
            return unexpected(e, request);
        }
        var code = response.getStatusCode().value();
        if (code >= 500) {
            return unexpected(e, request);
        }
        var status = ContainerErrors.status(code);
        return answers.answer(request, status, ErrorCode.of(status), ContainerErrors.message(status));
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> busy(PessimisticLockingFailureException e, HttpServletRequest request) {
        log.warn("lock conflict on {} {}", request.getMethod(), request.getRequestURI());
        return answers.answer(request, HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.BUSY,
                "the warehouse is busy with the same records; retry the request");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answers.answer(request, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL,
                "internal error; nothing was changed");
    }

    private ErrorShape shape(HttpServletRequest request) {
        return answers.shape(request);
    }

    /** The refusal of a core field, named in the dialect's words in both the field and the message. */
    private ApiError error(HttpServletRequest request, HttpStatus status, ErrorCode code, String coreField, String message) {
        if (coreField == null) {
            return ApiError.of(status, code, message);
        }
        var shape = shape(request);
        var prefix = coreField + ": ";
        var text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        var field = shape.fieldName(coreField);
        return new ApiError(status, code, field, field + ": " + text);
    }
}
