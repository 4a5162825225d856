package dev.wharf.api.support;

import dev.wharf.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A query parameter the operation reads as one value, sent twice, is refused (400 naming it)
 * instead of silently taking the first. Parameters the operation declares as a list or array
 * ({@code status=CREATED&status=SHIPPED}) keep every value.
 */
@Configuration
class SingleValuedParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (var parameter : method.getMethodParameters()) {
            var annotation = parameter.getParameterAnnotation(RequestParam.class);
            var type = parameter.getParameterType();
            if (annotation == null || type.isArray() || Collection.class.isAssignableFrom(type)
                    || java.util.Map.class.isAssignableFrom(type)) {
                continue;
            }
            var name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
            var values = name == null ? null : request.getParameterValues(name);
            if (values != null && values.length > 1) {
                throw new InvalidInput(name, "is given more than once; send it once");
            }
        }
        return true;
    }
}
