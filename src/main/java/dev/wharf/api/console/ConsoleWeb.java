package dev.wharf.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The console's language: the operator's choice ({@code ?lang=tr} sets a cookie), else the
 * browser's Accept-Language if the console speaks it, else English. Other paths keep resolving
 * the locale from Accept-Language alone, as they did before the console.
 */
@Configuration
class ConsoleWeb implements WebMvcConfigurer {

    static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("wharf_lang");
        resolver.setCookiePath("/console");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/console")
                ? spoken(request.getLocales())
                : request.getLocale());
        return resolver;
    }

    private static Locale spoken(java.util.Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            var language = preferred.nextElement().getLanguage();
            for (var locale : SPOKEN) {
                if (locale.getLanguage().equals(language)) {
                    return locale;
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // ?lang=en or ?lang=tr: only a language the console speaks is remembered.
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                var lang = request.getParameter("lang");
                SPOKEN.stream().filter(l -> l.getLanguage().equals(lang)).findFirst()
                        .ifPresent(l -> RequestContextUtils.getLocaleResolver(request).setLocale(request, response, l));
                return true;
            }
        }).addPathPatterns("/console", "/console/**");
    }
}
