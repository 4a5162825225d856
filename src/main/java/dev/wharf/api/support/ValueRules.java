package dev.wharf.api.support;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules every dialect shares for values it reads. What no text field accepts, in any dialect: control characters (NUL and the rest of C0 except
 * tab and line breaks), the replacement character U+FFFD that a wrongly decoded byte turns into,
 * and unpaired UTF-16 surrogates. Such text is refused, never cleaned, so nothing stored differs
 * from what the client sent.
 */
public final class ValueRules {

    private ValueRules() {
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static String text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "must not contain control characters";
            }
            if (c == '\uFFFD') {
                return "contains U+FFFD (a byte that is not UTF-8)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate";
            }
        }
        return null;
    }

    /** numeric(19,4) holds 15 integer digits and 4 decimals. */
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1e15");
    static final int AMOUNT_SCALE = 4;

    /**
     * Why a decimal is refused, or null: every decimal a dialect reads is an amount or a measure
     * (money, weight, length), so none is negative, and none exceeds what the database stores.
     */
    public static String amount(BigDecimal value) {
        if (value.signum() < 0) {
            return "must not be negative";
        }
        if (value.compareTo(AMOUNT_LIMIT) >= 0) {
            return "is too large (at most 15 digits before the decimal point)";
        }
        if (value.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            return "has more than " + AMOUNT_SCALE + " decimal places";
        }
        return null;
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
            + "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    /** Whether mail can be sent to it: see {@link EmailAddress}. */
    public static boolean email(String value) {
        return value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    /** Whether Wharf may fetch it or hand it to a browser: see {@link WebUrl}. */
    public static boolean webUrl(String value, boolean allowLoopbackHttp) {
        if (value.length() > 2000 || text(value) != null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        var loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        return scheme.equals("https") || scheme.equals("http") && loopback && allowLoopbackHttp;
    }

    /** Dates a warehouse deals in: years 1900 to 9999 (both databases store them; nothing real lies outside). */
    public static String time(java.time.temporal.Temporal value) {
        if (!value.isSupported(java.time.temporal.ChronoField.YEAR) && !(value instanceof java.time.Instant)) {
            return null;
        }
        var year = value instanceof java.time.Instant instant ? instant.atOffset(java.time.ZoneOffset.UTC).getYear()
                : value.get(java.time.temporal.ChronoField.YEAR);
        return year < 1900 || year > 9999 ? "must be a date between the years 1900 and 9999" : null;
    }
}
