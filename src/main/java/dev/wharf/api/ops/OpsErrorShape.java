package dev.wharf.api.ops;

import dev.wharf.api.support.ProblemShape;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Operations API errors are RFC 9457 problem details. */
@Component
class OpsErrorShape extends ProblemShape {

    @Override
    public boolean owns(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/ops/api");
    }
}
