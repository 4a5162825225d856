package dev.wharf.api.support;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details: Wharf's own APIs (admin, operations) and any path no dialect owns. */
public class ProblemShape implements ErrorShape {

    @Override
    public boolean owns(HttpServletRequest request) {
        return false;
    }

    @Override
    public ResponseEntity<Object> render(HttpServletRequest request, ApiError error) {
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, error.status(), error.code().name(), error.message()));
    }

    public static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String message) {
        var problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("https://wharf.dev/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setInstance(instance(request));
        problem.setProperty("code", code);
        return problem;
    }

    /** The request's path as a URI reference, or none when the path is not one (a hostile path is never parsed twice). */
    public static URI instance(HttpServletRequest request) {
        try {
            return URI.create(ErrorAnswers.safe(request).getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
