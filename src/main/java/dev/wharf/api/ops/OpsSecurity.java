package dev.wharf.api.ops;

import dev.wharf.account.Operators;
import dev.wharf.api.support.BodySizeLimitFilter;
import dev.wharf.api.support.PrincipalFilter;
import dev.wharf.api.support.ProblemShape;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import tools.jackson.databind.json.JsonMapper;

/** The operations API: log in with username and password, then send the bearer token it returns. */
@Configuration
class OpsSecurity {

    static final String AUTHORITY = "OPERATOR";

    @Bean
    @Order(20)
    SecurityFilterChain opsFilterChain(HttpSecurity http, Operators operators, JsonMapper json) throws Exception {
        StatelessApi.mount(http, "/ops/api/**")
                .addFilterBefore(new BodySizeLimitFilter((request, response) ->
                        write(json, request, response, HttpStatus.CONTENT_TOO_LARGE, "request body is larger than 10 MB")),
                        SecurityContextHolderFilter.class)
                .addFilterAfter(new PrincipalFilter(request -> PrincipalFilter.bearer(request).flatMap(operators::authenticate), AUTHORITY),
                        SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/ops/api/login").permitAll()
                        .anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> write(json, request, response, HttpStatus.UNAUTHORIZED,
                                "Authorization: log in at /ops/api/login and send 'Bearer <token>'"))
                        .accessDeniedHandler((request, response, ex) -> write(json, request, response, HttpStatus.UNAUTHORIZED,
                                "Authorization: log in at /ops/api/login and send 'Bearer <token>'")));
        return http.build();
    }

    private static void write(JsonMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemShape.problem(request, status, status.name(), message));
    }

}
