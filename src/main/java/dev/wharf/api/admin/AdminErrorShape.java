package dev.wharf.api.admin;

import dev.wharf.api.support.ProblemShape;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Admin errors are RFC 9457 problem details. */
@Component
class AdminErrorShape extends ProblemShape {

    @Override
    public boolean owns(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/admin/api");
    }
}
