package dev.wharf.api.shipapi;

import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.api.support.ErrorAnswers;
import dev.wharf.api.support.PrincipalFilter;
import dev.wharf.api.support.StatelessApi;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/** ShipAPI authentication: the raw API key in the Authorization header. */
@Configuration
class ShipApiSecurity {

    @Bean
    @Order(10)
    SecurityFilterChain shipApiFilterChain(HttpSecurity http, Accounts accounts, ErrorAnswers answers) throws Exception {
        StatelessApi.mount(http, "/shipapi/**")
                .addFilterAfter(new PrincipalFilter(request -> Optional.ofNullable(request.getHeader("Authorization"))
                        .map(header -> header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : header)
                        .flatMap(key -> accounts.authenticate(Dialect.SHIPAPI, key)), AUTHORITY), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(answers.unauthorizedAs("Authorization: missing or invalid API key"));
        return http.build();
    }

    static final String AUTHORITY = "SHIPAPI";

}
