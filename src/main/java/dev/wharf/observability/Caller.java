package dev.wharf.observability;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who made a request, as the access log names it ("tenant:12", "operator:ann", "admin"): the
 * authenticating filters record it here because the security context is gone by the time the
 * request's log line is written. Never a credential.
 */
public final class Caller {

    static final String ATTRIBUTE = Caller.class.getName();
    static final String ANONYMOUS = "-";

    private Caller() {
    }

    public static void record(HttpServletRequest request, String caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String caller ? caller : ANONYMOUS;
    }
}
