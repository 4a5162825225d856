package dev.wharf.catalog;

import java.security.SecureRandom;

/** Logistics SKUs: 'D' and ten upper-case letters or digits, e.g. DZ3K8Q0W1PX. Random, so they reveal no counts. */
final class LogisticsSkus {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private LogisticsSkus() {
    }

    static String next() {
        var sku = new StringBuilder("D");
        for (int i = 0; i < 10; i++) {
            sku.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sku.toString();
    }
}
