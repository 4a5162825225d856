package dev.wharf.api.support;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * What happens to a request before any dialect sees it: the request guard (encoding, repeated
 * parameters), the body-size limit for every mount, and Spring Security's firewall, whose
 * refusals are answered in the owning dialect's shape instead of a container error page.
 */
@Configuration
class HostileRequests {

    /** The one place an encoded "/" or "%" is part of a value: a Logistics external order id. */
    private static final java.util.Set<String> STANDARD_METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS");

    static final String EXTERNAL_ID_PATH = "/logistics/api/2024-04/orders/external_id/";

    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard(ErrorAnswers answers) {
        var registration = new FilterRegistrationBean<>(new RequestGuard(answers));
        registration.setName("requestGuard");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(ErrorAnswers answers) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter((request, response) ->
                answers.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ErrorCode.BODY_TOO_LARGE, "request body is larger than 10 MB")));
        registration.setName("bodySizeLimit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** After the guard and the size limit, before every dialect's security chain (which answers the 401s it counts). */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimits(RateLimitSettings settings, ErrorAnswers answers) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(new RateLimits(settings), answers));
        registration.setName("rateLimits");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    /**
     * The strict firewall everywhere, except that a Logistics external id may carry an encoded
     * "/" or "%" ("PO%2F2026%2Fff619b", "100%25-off") in its last path segment.
     */
    @Bean
    HttpFirewall httpFirewall() {
        var strict = new StrictHttpFirewall();
        var externalIds = new StrictHttpFirewall();
        externalIds.setAllowUrlEncodedSlash(true);
        externalIds.setAllowUrlEncodedPercent(true);
        return new HttpFirewall() {
            @Override
            public org.springframework.security.web.firewall.FirewalledRequest getFirewalledRequest(
                    jakarta.servlet.http.HttpServletRequest request) {
                return (isExternalId(request) ? externalIds : strict).getFirewalledRequest(request);
            }

            @Override
            public jakarta.servlet.http.HttpServletResponse getFirewalledResponse(jakarta.servlet.http.HttpServletResponse response) {
                return strict.getFirewalledResponse(response);
            }
        };
    }

    /** A single segment after the external-id prefix, with no other encoded path tricks. */
    static boolean isExternalId(jakarta.servlet.http.HttpServletRequest request) {
        var uri = request.getRequestURI();
        var prefix = request.getContextPath() + EXTERNAL_ID_PATH;
        if (uri == null || !uri.startsWith(prefix)) {
            return false;
        }
        var id = uri.substring(prefix.length());
        return !id.isEmpty() && id.indexOf('/') < 0 && id.indexOf(';') < 0 && id.indexOf('\\') < 0
                && !id.toLowerCase().contains("%2e") && !id.toLowerCase().contains("%5c") && !id.contains("%00");
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ErrorAnswers answers) {
        return (request, response, rejected) -> {
            if (!STANDARD_METHODS.contains(request.getMethod())) {
                answers.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.METHOD_NOT_ALLOWED, "method: not supported here");
                return;
            }
            // The firewall's own reason names Spring classes and rules; the client gets ours.
            answers.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT,
                    "path: not allowed (encoded separators, parameters, dot segments or control characters)");
        };
    }
}
