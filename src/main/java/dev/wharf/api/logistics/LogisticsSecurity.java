package dev.wharf.api.logistics;

import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.api.support.BodySizeLimitFilter;
import dev.wharf.api.support.PrincipalFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import dev.wharf.api.support.StatelessApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/** Logistics API: Authorization: Bearer <token>; every answer, even a 401, carries x-correlation-id. */
@Configuration
class LogisticsSecurity {

    static final String AUTHORITY = "LOGISTICS";
    static final String CORRELATION = "x-correlation-id";

    @Bean
    @Order(30)
    SecurityFilterChain logisticsFilterChain(HttpSecurity http, Accounts accounts, JsonMapper json) throws Exception {
        StatelessApi.mount(http, LogisticsErrorShape.MOUNT + "/**")
                .addFilterBefore(new CorrelationFilter(), SecurityContextHolderFilter.class)
                .addFilterBefore(new BodySizeLimitFilter((request, response) -> write(json, request, response, HttpStatus.CONTENT_TOO_LARGE,
                        "request body is larger than 10 MB")), SecurityContextHolderFilter.class)
                .addFilterAfter(new PrincipalFilter(request -> PrincipalFilter.bearer(request)
                        .flatMap(token -> accounts.authenticate(Dialect.LOGISTICS, token)), AUTHORITY), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        // A report's download link carries its own signature and expiry instead of a token.
                        .requestMatchers(HttpMethod.GET, LogisticsErrorShape.MOUNT + "/reports" + ReportEndpoints.DOWNLOAD).permitAll()
                        .anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> write(json, request, response, HttpStatus.UNAUTHORIZED,
                                "Authorization: a valid 'Bearer <token>' is required"))
                        .accessDeniedHandler((request, response, ex) -> write(json, request, response, HttpStatus.UNAUTHORIZED,
                                "Authorization: a valid 'Bearer <token>' is required")));
        return http.build();
    }

    private static void write(JsonMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var problem = LogisticsErrorShape.body(request, status, status.name(), status.getReasonPhrase(), status.value(), message);
        problem.setProperty("message", message);
        json.writeValue(response.getOutputStream(), problem);
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
