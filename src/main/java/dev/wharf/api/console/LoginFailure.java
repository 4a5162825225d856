package dev.wharf.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The pages the security chain answers itself, before any controller: a failed login (the login
 * page again, with 401 rather than a redirect, so that the per-client rate limit counts it as it
 * counts the APIs' 401s) and a screen the role may not open (403, the console's error page).
 */
@Component
class LoginFailure implements AuthenticationFailureHandler {

    private final ThymeleafViewResolver views;
    private final LocaleResolver locales;
    private final MessageSource messages;

    LoginFailure(ThymeleafViewResolver views, LocaleResolver locales, MessageSource messages) {
        this.views = views;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var username = request.getParameter("username");
        render(request, response, HttpStatus.UNAUTHORIZED, "console/login", Map.of("failed", true, "username", username == null ? "" : username));
    }

    void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        var locale = locales.resolveLocale(request);
        var banner = new Banner(false, text("console.refused.forbidden", locale), null, text("console.error.next", locale));
        render(request, response, HttpStatus.FORBIDDEN, "console/error", Map.of("banner", banner));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String name, Map<String, ?> model)
            throws IOException {
        // Rendered outside the DispatcherServlet: give the page the console's locale as a controller would have it.
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        response.setStatus(status.value());
        try {
            views.resolveViewName(name, locales.resolveLocale(request)).render(model, request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the page " + name + " could not be rendered", e);
        }
    }
}
