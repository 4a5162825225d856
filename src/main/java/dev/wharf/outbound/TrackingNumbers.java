package dev.wharf.outbound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers of Wharf's built-in carrier: a configurable prefix, a nine-digit serial
 * from a database sequence (unique across instances), and a mod-10 check digit.
 */
@Component
public class TrackingNumbers {

    private final JdbcClient jdbc;
    private final String prefix;

    TrackingNumbers(JdbcClient jdbc, CarrierSettings carrier) {
        this.jdbc = jdbc;
        this.prefix = carrier.trackingPrefix();
    }

    public String next() {
        long serial = jdbc.sql("select nextval('tracking_number_seq')").query(Long.class).single();
        var digits = String.format("%09d", serial);
        return prefix + digits + checkDigit(digits);
    }

    /** Luhn-style: weights 3 and 1 from the right, as UPC/GS1 check digits do. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
