package dev.wharf.observability;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * With {@code wharf.observability.count-statements=true}: the data source counts round-trips, and
 * each request's count is recorded per route ({@code wharf.db.roundtrips}) and kept for the
 * last requests by correlation id ({@link StatementCounts}).
 */
@Configuration
@ConditionalOnBooleanProperty("wharf.observability.count-statements")
class StatementCounting {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !AopUtils.isAopProxy(bean) ? CountingDataSource.proxy(source) : bean;
            }
        };
    }

    @Bean
    StatementCounts statementCounts() {
        return new StatementCounts();
    }

    /** Just inside the access log (which names the correlation id), around everything else. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountFilter(StatementCounts counts, ObjectProvider<MeterRegistry> registry) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var trips = RoundTrips.begin();
                try {
                    chain.doFilter(request, response);
                } finally {
                    RoundTrips.end();
                    var route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern ? pattern : "-";
                    registry.ifAvailable(r -> DistributionSummary.builder("wharf.db.roundtrips")
                            .description("database round-trips (statements, commits, rollbacks, savepoints) per request")
                            .tag("method", request.getMethod()).tag("uri", route).register(r).record(trips.count()));
                    counts.remember(response.getHeader(CorrelationIds.HEADER), trips);
                }
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setName("statementCount");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
