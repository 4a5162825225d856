package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.api.support.ErrorAnswers;
import dev.wharf.api.support.PrincipalFilter;
import dev.wharf.api.support.StatelessApi;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/** Logistics API: Authorization: Bearer <token>; every answer, even a 401, carries x-correlation-id. */
@Configuration
class LogisticsSecurity {

    static final String AUTHORITY = "LOGISTICS";
    static final String CORRELATION = "x-correlation-id";

    @Bean
    @Order(30)
    SecurityFilterChain logisticsFilterChain(HttpSecurity http, Accounts accounts, ErrorAnswers answers) throws Exception {
        StatelessApi.mount(http, LogisticsErrorShape.MOUNT + "/**")
                .addFilterBefore(new CorrelationFilter(), SecurityContextHolderFilter.class)
                .addFilterAfter(new PrincipalFilter(request -> PrincipalFilter.bearer(request)
                        .flatMap(token -> accounts.authenticate(Dialect.LOGISTICS, token)), AUTHORITY), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        // A report's download link carries its own signature and expiry instead of a token.
                        .requestMatchers(HttpMethod.GET, LogisticsErrorShape.MOUNT + "/reports" + ReportEndpoints.DOWNLOAD).permitAll()
                        .anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(answers.unauthorizedAs("Authorization: a valid 'Bearer <token>' is required"));
        return http.build();
    }

    /** Echoes the caller's correlation id, or makes one, on every answer. */
    private static final class CorrelationFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var id = request.getHeader(CORRELATION);
            response.setHeader(CORRELATION, id == null || id.isBlank() || id.length() > 200 ? UUID.randomUUID().toString() : id);
            chain.doFilter(request, response);
        }
    }

}
