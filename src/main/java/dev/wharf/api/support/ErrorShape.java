package dev.wharf.api.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

/**
 * How one dialect writes an error. {@link ApiErrors} decides the status and the message once
 * for every dialect; the dialect only chooses the words for fields and the JSON shape.
 */
public interface ErrorShape {

    /** Whether this dialect owns the request's path. */
    boolean owns(HttpServletRequest request);

    /** The dialect's name for a core field path ("lines[0].quantity" → "products[0].quantity"). */
    default String fieldName(String coreField) {
        return coreField;
    }

    ResponseEntity<Object> render(HttpServletRequest request, ApiError error);
}
