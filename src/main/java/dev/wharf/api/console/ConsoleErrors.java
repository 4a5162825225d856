package dev.wharf.api.console;

import dev.wharf.shared.Forbidden;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A console page that cannot be shown answers a page in the operator's language, never the APIs' JSON. */
@ControllerAdvice(basePackages = "dev.wharf.api.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private final ConsoleFeedback feedback;

    ConsoleErrors(ConsoleFeedback feedback) {
        this.feedback = feedback;
    }

    @ExceptionHandler({InvalidInput.class, NotFound.class, dev.wharf.shared.RuleViolation.class, Forbidden.class})
    ModelAndView refused(RuntimeException refusal) {
        var status = refusal instanceof InvalidInput ? HttpStatus.BAD_REQUEST
                : refusal instanceof NotFound ? HttpStatus.NOT_FOUND
                : refusal instanceof Forbidden ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return page(status, feedback.text(ConsoleFeedback.titleOf(refusal)), refusal.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView malformed(Exception e) {
        return page(HttpStatus.BAD_REQUEST, feedback.text("console.refused.invalid"), feedback.text("console.error.malformed"));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e; // the framework's own answers (405, 403 by role) stay the framework's
        }
        log.error("console page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, feedback.text("console.error.title"), feedback.text("console.error.unexpected"));
    }

    private ModelAndView page(HttpStatus status, String title, String detail) {
        var page = new ModelAndView("console/error");
        page.setStatus(status);
        page.addObject("banner", new Banner(false, title, detail, feedback.text("console.error.next")));
        return page;
    }
}
