package dev.wharf.api.support;

import dev.wharf.account.Operator;
import dev.wharf.account.Tenant;
import dev.wharf.observability.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request the way its dialect does (an API key, a bearer token, HTTP Basic):
 * the dialect resolves the principal from the request, this puts it in the security context
 * with the dialect's authority. A request it cannot resolve stays anonymous and is refused by
 * the chain in the dialect's own words.
 */
public final class PrincipalFilter extends OncePerRequestFilter {

    /** Finds the caller behind a request, if its credentials are good. */
    @FunctionalInterface
    public interface Resolver {
        Optional<?> principal(HttpServletRequest request);
    }

    private final Resolver resolver;
    private final String authority;

    public PrincipalFilter(Resolver resolver, String authority) {
        this.resolver = resolver;
        this.authority = authority;
    }

    /** The credential after "Bearer ", if the Authorization header carries one. */
    public static Optional<String> bearer(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? Optional.of(header.substring(7)) : Optional.empty();
    }

    /** The caller as the access log names it: who, never the credential. */
    private static String describe(Object principal) {
        if (principal instanceof Tenant tenant) {
            return "tenant:" + tenant.accountId().value();
        }
        if (principal instanceof Operator operator) {
            return "operator:" + operator.username();
        }
        return principal.getClass().getSimpleName();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        resolver.principal(request).ifPresent(principal -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    List.of(new SimpleGrantedAuthority(authority))));
            SecurityContextHolder.setContext(context);
            Caller.record(request, describe(principal));
        });
        chain.doFilter(request, response);
    }
}
