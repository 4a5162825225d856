package dev.wharf.api.ops;

import dev.wharf.account.Operators;
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

/** The operations API: log in with username and password, then send the bearer token it returns. */
@Configuration
class OpsSecurity {

    static final String AUTHORITY = "OPERATOR";

    @Bean
    @Order(20)
    SecurityFilterChain opsFilterChain(HttpSecurity http, Operators operators, ErrorAnswers answers) throws Exception {
        StatelessApi.mount(http, "/ops/api/**")
                .addFilterAfter(new PrincipalFilter(request -> PrincipalFilter.bearer(request).flatMap(operators::authenticate), AUTHORITY),
                        SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/ops/api/login").permitAll()
                        .anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(answers.unauthorizedAs("Authorization: log in at /ops/api/login and send 'Bearer <token>'"));
        return http.build();
    }
}
