package dev.wharf.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The correlation id is in the MDC for every line logged while the request is handled, and only then. */
class AccessLogFilterTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger errors = (Logger) LoggerFactory.getLogger("dev.wharf.api.support.ApiErrors");

    @BeforeEach
    void listen() {
        appender.start();
        errors.addAppender(appender);
        ((Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER)).addAppender(appender);
    }

    @AfterEach
    void stopListening() {
        errors.detachAppender(appender);
        ((Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER)).detachAppender(appender);
    }

    @Test
    void an_error_logged_while_answering_carries_the_requests_correlation_id_and_the_next_request_does_not() throws Exception {
        var request = new MockHttpServletRequest("POST", "/ops/api/orders/7/ship");
        request.addHeader(CorrelationIds.HEADER, "order-7.ship_1");
        var response = new MockHttpServletResponse();
        new AccessLogFilter().doFilter(request, response, (req, res) -> {
            errors.error("unexpected failure on POST /ops/api/orders/7/ship");
            ((MockHttpServletResponse) res).setStatus(500);
        });

        assertThat(response.getHeader(CorrelationIds.HEADER)).isEqualTo("order-7.ship_1");
        List<String> ids = new ArrayList<>();
        appender.list.forEach(event -> ids.add(event.getMDCPropertyMap().get(CorrelationIds.MDC_KEY)));
        assertThat(ids).as("the error line and the access line").containsExactly("order-7.ship_1", "order-7.ship_1");
        assertThat(appender.list.get(1).getFormattedMessage()).startsWith("POST - 500 ").contains("dialect=ops", "caller=-");
        assertThat(MDC.get(CorrelationIds.MDC_KEY)).as("nothing lingers on the pooled thread").isNull();
    }

    @Test
    void only_plain_tokens_of_at_most_100_characters_are_kept() {
        assertThat(CorrelationIds.accept("a".repeat(100))).isEqualTo("a".repeat(100));
        assertThat(CorrelationIds.accept("a".repeat(101))).hasSize(36);
        assertThat(CorrelationIds.accept("id\r\nforged: line")).hasSize(36).doesNotContain("forged");
        assertThat(CorrelationIds.accept("")).hasSize(36);
        assertThat(CorrelationIds.accept(null)).hasSize(36);
    }
}
