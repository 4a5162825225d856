package dev.wharf.account;

import java.util.Arrays;
import java.util.Optional;

/** The API contract an account speaks; it decides the credential it gets and what it may act for. */
public enum Dialect {
    /** A reseller: creates users (merchants) and acts for them. */
    SHIPAPI("shipapi"),
    /** One merchant, speaking the Logistics Orders API. */
    LOGISTICS("logistics"),
    /** One merchant integration, speaking the 3PL partner API. */
    DELIVERR("deliverr");

    private final String wireName;

    Dialect(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Dialect> fromWire(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst();
    }
}
