package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.api.support.ErrorAnswers;
import dev.wharf.api.support.PrincipalFilter;
import dev.wharf.api.support.StatelessApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Logistics API: Authorization: Bearer &lt;token&gt;. Every answer, even a 401, carries x-correlation-id:
 * the observability module's access-log filter sets it on every dialect.
 */
@Configuration
class LogisticsSecurity {

    static final String AUTHORITY = "LOGISTICS";

    @Bean
    @Order(30)
    SecurityFilterChain logisticsFilterChain(HttpSecurity http, Accounts accounts, ErrorAnswers answers) throws Exception {
        StatelessApi.mount(http, LogisticsErrorShape.MOUNT + "/**")
                .addFilterAfter(new PrincipalFilter(request -> PrincipalFilter.bearer(request)
                        .flatMap(token -> accounts.authenticate(Dialect.LOGISTICS, token)), AUTHORITY), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        // A report's download link carries its own signature and expiry instead of a token.
                        .requestMatchers(HttpMethod.GET, LogisticsErrorShape.MOUNT + "/reports" + ReportEndpoints.DOWNLOAD).permitAll()
                        .anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(answers.unauthorizedAs("Authorization: a valid 'Bearer <token>' is required"));
        return http.build();
    }

}
