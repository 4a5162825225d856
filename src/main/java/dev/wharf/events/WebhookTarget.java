package dev.wharf.events;

import java.net.URI;

/**
 * Where a webhook goes and how Wharf authenticates to the receiver: HTTP Basic (user and
 * password), a bearer token, or neither. Checked when built, so a bad target fails in the
 * caller's transaction instead of becoming a delivery that can never succeed.
 */
public record WebhookTarget(String url, String basicUser, String basicPassword, String bearerToken, String tokenHeader,
                            String method) {

    /** POST, with Basic, a bearer token or no credentials: the partner status push's targets. */
    public WebhookTarget(String url, String basicUser, String basicPassword, String bearerToken) {
        this(url, basicUser, basicPassword, bearerToken, null, "POST");
    }

    public WebhookTarget {
        if (!"POST".equals(method) && !"PUT".equals(method)) {
            throw new IllegalArgumentException("method: POST or PUT");
        }
        if (tokenHeader != null && (bearerToken == null || !tokenHeader.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,200}"))) {
            // A header name is an RFC 9110 token; it only makes sense with a token to carry.
            throw new IllegalArgumentException("tokenHeader: a header name, with a token");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url: required");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url: not a valid URI");
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("url: must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            // The JDK client would not send them, and a URL is not kept as a secret.
            throw new IllegalArgumentException("url: credentials go in basicUser/basicPassword, not in the URL");
        }
        if (url.length() > 2000) {
            throw new IllegalArgumentException("url: at most 2000 characters");
        }
        boolean basic = basicUser != null || basicPassword != null;
        if (basic && bearerToken != null) {
            throw new IllegalArgumentException("basic credentials and a bearer token cannot both be set");
        }
        if (basic && (basicUser == null || basicPassword == null || basicUser.contains(":"))) {
            // RFC 7617: the user id cannot contain a colon, and Basic needs both parts.
            throw new IllegalArgumentException("basicUser and basicPassword: both required, the user without ':'");
        }
        if (bearerToken != null && bearerToken.isBlank()) {
            throw new IllegalArgumentException("bearerToken: blank");
        }
    }

    public static WebhookTarget unauthenticated(String url) {
        return new WebhookTarget(url, null, null, null);
    }

    public static WebhookTarget basic(String url, String user, String password) {
        return new WebhookTarget(url, user, password, null);
    }

    public static WebhookTarget bearer(String url, String token) {
        return new WebhookTarget(url, null, null, token);
    }

    /**
     * The token sent as {@code tokenHeader: token} instead of {@code Authorization: Bearer token}
     * (the Logistics API's TOKEN auth method).
     */
    public static WebhookTarget token(String url, String header, String token) {
        return new WebhookTarget(url, null, null, token, header, "POST");
    }

    /** The same target, called with {@code method} (POST or PUT). */
    public WebhookTarget with(String method) {
        return new WebhookTarget(url, basicUser, basicPassword, bearerToken, tokenHeader, method);
    }

    /** NONE, BASIC, BEARER or TOKEN (a token in a header of the receiver's naming), as stored. */
    String authKind() {
        return tokenHeader != null ? "TOKEN" : bearerToken != null ? "BEARER" : basicUser != null ? "BASIC" : "NONE";
    }

    /** The password or token, whichever applies. */
    String authSecret() {
        return bearerToken != null ? bearerToken : basicPassword;
    }

    /** Host only: a target may end up in a log line, its credentials (or a token in its query) must not. */
    @Override
    public String toString() {
        return "WebhookTarget[host=" + URI.create(url).getHost() + ", auth=" + authKind() + "]";
    }
}
