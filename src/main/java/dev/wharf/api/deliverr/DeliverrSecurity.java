package dev.wharf.api.deliverr;

import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.api.support.ErrorAnswers;
import dev.wharf.api.support.PrincipalFilter;
import dev.wharf.api.support.StatelessApi;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/** The partner calls with HTTP Basic credentials that the admin API issued (the password stored as a digest). */
@Configuration
class DeliverrSecurity {

    static final String AUTHORITY = "DELIVERR";

    @Bean
    @Order(40)
    SecurityFilterChain deliverrFilterChain(HttpSecurity http, Accounts accounts, ErrorAnswers answers) throws Exception {
        StatelessApi.mount(http, DeliverrErrorShape.MOUNT + "/**")
                .addFilterAfter(new PrincipalFilter(request -> basic(request, accounts), AUTHORITY), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(answers.unauthorizedAs("Authorization: HTTP Basic with the integration's username and password"));
        return http.build();
    }

    /** The integration behind an HTTP Basic pair, if both parts match a live credential. */
    private static java.util.Optional<dev.wharf.account.Tenant> basic(HttpServletRequest request, Accounts accounts) {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return java.util.Optional.empty();
        }
        try {
            var pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon > 0 ? accounts.authenticate(Dialect.DELIVERR, pair.substring(0, colon), pair.substring(colon + 1))
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return java.util.Optional.empty();
        }
    }
}
