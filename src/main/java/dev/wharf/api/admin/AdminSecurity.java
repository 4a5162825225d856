package dev.wharf.api.admin;

import dev.wharf.api.support.ErrorAnswers;
import dev.wharf.api.support.ErrorCode;
import dev.wharf.api.support.StatelessApi;
import dev.wharf.observability.Caller;
import dev.wharf.shared.Secrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The admin API trusts one bearer token from WHARF_ADMIN_TOKEN. Without it the admin API does
 * not exist: every path under it answers 404, so an unconfigured server offers nothing to guess at.
 */
@Configuration
class AdminSecurity {

    private static final String AUTHORITY = "ADMIN";

    @Bean
    @Order(5)
    SecurityFilterChain adminFilterChain(HttpSecurity http, ErrorAnswers answers,
                                         AdminSettings settings) throws Exception {
        return adminOnly(http, "/admin/api/**", answers, settings);
    }

    /** The metrics scrape shows business volumes: the admin token guards it, and without one it is not there. */
    @Bean
    @Order(4)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, ErrorAnswers answers,
                                           AdminSettings settings) throws Exception {
        return adminOnly(http, "/actuator/prometheus", answers, settings);
    }

    private static SecurityFilterChain adminOnly(HttpSecurity http, String pattern, ErrorAnswers answers,
                                                 AdminSettings settings) throws Exception {
        var expectedDigest = settings.token().isBlank() ? null : Secrets.digest(settings.token().strip());
        StatelessApi.mount(http, pattern)
                .addFilterAfter(new AdminTokenFilter(expectedDigest, answers), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(answers.unauthorizedAs("Authorization: a valid admin bearer token is required"));
        return http.build();
    }

    private static final class AdminTokenFilter extends OncePerRequestFilter {

        private final String expectedDigest;
        private final ErrorAnswers answers;

        AdminTokenFilter(String expectedDigest, ErrorAnswers answers) {
            this.expectedDigest = expectedDigest;
            this.answers = answers;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (expectedDigest == null) {
                answers.write(request, response, HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "no such endpoint: " + request.getRequestURI());
                return;
            }
            var header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && Secrets.sameDigest(Secrets.digest(header.substring(7).strip()), expectedDigest)) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
                SecurityContextHolder.setContext(context);
                Caller.record(request, "admin");
            }
            chain.doFilter(request, response);
        }
    }
}
