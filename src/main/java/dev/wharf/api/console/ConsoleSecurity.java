package dev.wharf.api.console;

import dev.wharf.account.Operators;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The console's own chain: a login form against the operator accounts, a session (in the
 * database, see {@link #idleTimeout}) with CSRF protection, and roles that decide the screens.
 * An API token is never read here, and the console's session cookie is never read by an API chain
 * (they are stateless and look only at their own header).
 */
@Configuration
class ConsoleSecurity {

    /** Every logged-in console user holds it; the role adds {@code ROLE_OPERATOR} or {@code ROLE_SUPERVISOR}. */
    static final String AUTHORITY = "CONSOLE";
    static final String LOGIN = "/console/login";

    @Bean
    @Order(15)
    SecurityFilterChain consoleFilterChain(HttpSecurity http, Operators operators, LoginFailure failure) throws Exception {
        http.securityMatcher("/console", "/console/**")
                .authenticationProvider(new OperatorLogin(operators))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.loginPage(LOGIN).loginProcessingUrl(LOGIN).defaultSuccessUrl("/console", false)
                        .failureHandler(failure))
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?logout"))
                // A session that ended (idle) sends the browser to log in again, saying why; a missing or
                // wrong CSRF token in a live session is a 403.
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, unauthenticated) -> toLogin(request, response))
                        .accessDeniedHandler((request, response, denied) -> {
                            if (ended(request)) {
                                toLogin(request, response);
                            } else {
                                failure.denied(request, response, denied);
                            }
                        }))
                // Everything the pages load is served by this service: no inline script, no framing.
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(LOGIN, "/console/assets/**").permitAll()
                        .requestMatchers("/console/supervisor/**").hasRole("SUPERVISOR")
                        .anyRequest().hasAuthority(AUTHORITY));
        return http.build();
    }

    private static boolean ended(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static void toLogin(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        response.sendRedirect(request.getContextPath() + LOGIN + (ended(request) ? "?expired" : ""));
    }

    /** Spring Session keeps console sessions in the database; an idle one ends after {@code wharf.console.idle-timeout}. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(ConsoleSettings settings) {
        return repository -> repository.setDefaultMaxInactiveInterval(settings.idleTimeout());
    }

    /** Checks the password with the account module; the console's principal is a {@link ConsoleOperator}. */
    static final class OperatorLogin implements AuthenticationProvider {

        private final Operators operators;

        OperatorLogin(Operators operators) {
            this.operators = operators;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var username = authentication.getName();
            var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
            var operator = operators.verify(username, password)
                    .orElseThrow(() -> new BadCredentialsException("username or password is wrong"));
            var principal = ConsoleOperator.of(operator);
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(new SimpleGrantedAuthority(AUTHORITY),
                    new SimpleGrantedAuthority("ROLE_" + operator.role().name())));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
