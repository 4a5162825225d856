package dev.wharf.observability;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class AccessLogging {

    /** First of all filters, so that the security chain's and the guards' own answers are logged and correlated too. */
    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilter() {
        var registration = new FilterRegistrationBean<>(new AccessLogFilter());
        registration.setName("accessLog");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
