package dev.wharf.billing;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock billing dates its lines and runs its nightly job by: a bean, so that a test (or an
 * operator replaying a day) can supply one of its own marked {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
class BillingClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
