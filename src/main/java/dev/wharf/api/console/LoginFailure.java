package dev.wharf.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A failed login answers the login page again with 401 rather than a redirect: the rate limit
 * counts a client's 401s on a login path, so guessing passwords here is limited like at the API.
 */
@Component
class LoginFailure implements AuthenticationFailureHandler {

    private final ThymeleafViewResolver views;
    private final LocaleResolver locales;

    LoginFailure(ThymeleafViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // Rendered outside the DispatcherServlet: give the page the console's locale as a controller would have it.
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        var locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        try {
            var view = views.resolveViewName("console/login", locale);
            var username = request.getParameter("username");
            view.render(Map.of("failed", true, "username", username == null ? "" : username), request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the login page could not be rendered", e);
        }
    }
}
