package dev.wharf.api.support;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container raises itself, in the owning dialect's shape: the {@code /error}
 * page Spring Boot forwards to (replacing its default JSON and the Whitelabel page), and Tomcat's
 * host-level error report for requests it refuses before any servlet runs (a broken
 * percent-escape in the path). Tomcat passes an encoded "/" through undecoded, so the firewall,
 * not the container, decides where one is allowed.
 */
@Configuration
class ContainerErrors {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> dialectContainerErrors(ErrorAnswers answers) {
        return factory -> {
            factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
            factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new DialectErrorValve(answers)));
        };
    }

    /** Status → the words of a container-level answer; the path is never quoted raw. */
    static String message(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "path: the request is malformed (bad percent-encoding or forbidden characters)";
            case NOT_FOUND -> "no such endpoint";
            case METHOD_NOT_ALLOWED -> "method: not supported here";
            case NOT_ACCEPTABLE -> "Accept: this API answers application/json";
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type: send application/json";
            case CONTENT_TOO_LARGE -> "request body is larger than 10 MB";
            case UNAUTHORIZED -> "Authorization: missing or invalid credentials";
            default -> status.is5xxServerError() ? "internal error; nothing was changed" : "request is not valid";
        };
    }

    static HttpStatus status(int code) {
        var status = HttpStatus.resolve(code);
        return status == null ? (code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST) : status;
    }

    /** Tomcat's report for errors with no servlet behind them, written as the dialect's JSON. */
    static final class DialectErrorValve extends ErrorReportValve {

        private final ErrorAnswers answers;

        DialectErrorValve(ErrorAnswers answers) {
            this.answers = answers;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                var status = status(code);
                var answer = answers.answer(request, status, ErrorCode.of(status), message(status));
                response.setContentType(answer.getHeaders().getContentType() == null ? "application/json"
                        : answer.getHeaders().getContentType().toString());
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(answers.json(answer));
                    response.finishResponse();
                }
            } catch (IOException | RuntimeException e) {
                // The connection is gone or the answer cannot be built: Tomcat closes the exchange.
            }
        }
    }

    /** Spring Boot's error page, for anything the container forwards to /error. */
    @Hidden
    @RestController
    static class ErrorPage implements ErrorController {

        private final ErrorAnswers answers;

        ErrorPage(ErrorAnswers answers) {
            this.answers = answers;
        }

        @RequestMapping("${server.error.path:/error}")
        ResponseEntity<Object> error(HttpServletRequest request) {
            var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            var status = code instanceof Integer c ? status(c) : HttpStatus.NOT_FOUND;
            var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            var original = uri instanceof String u ? new HttpServletRequestWrapper(request) {
                @Override
                public String getRequestURI() {
                    return u;
                }
            } : request;
            return answers.answer(original, status, ErrorCode.of(status), message(status));
        }
    }
}
