package dev.wharf.api.support;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/** What every API chain shares: no sessions, no CSRF (no cookies), no login pages, no saved requests. */
public final class StatelessApi {

    private StatelessApi() {
    }

    public static HttpSecurity mount(HttpSecurity http, String pattern) throws Exception {
        return http.securityMatcher(pattern)
                .csrf(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
