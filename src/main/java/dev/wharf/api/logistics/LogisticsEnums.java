package dev.wharf.api.logistics;

import dev.wharf.shared.InvalidInput;
import java.util.List;

/** The published enums; any other value is a 400 naming the field. */
final class LogisticsEnums {

    static final List<String> SOURCES = List.of("AMAZON", "BED_BATH_BEYOND", "BELK", "CHORD", "CHORD_ADMIN", "CHORD_FERMAT",
            "CHORD_GIFTING", "CHORD_SUBSCRIPTIONS", "CHORD_WHOLESALE_PORT", "CMS_SHOPIFY", "DELIVERR_API", "EBAY", "GO_TIME_GEAR",
            "JEST_TEST", "KENSIUM", "KOHLSUS_PROD", "KROGER", "LEASHBOSS", "LUSSOGEAR", "MACYS", "MAGENTO", "NETSUITE", "SHEIN",
            "SHOPIFY", "SKUPREME", "SLEEPONITKIDS", "TARGET", "TIKTOK", "WALMART", "WEBSITE", "WOOCOMMERCE", "XTREMEBANDS");
    static final List<String> INCOTERMS = List.of("DAP", "DDP", "DDU");
    static final List<String> MERCHANT_OF_RECORD_PROVIDERS = List.of("GLOBALE", "MARKETS_PRO");
    static final String DEFAULT_SOURCE = "SHOPIFY";

    private LogisticsEnums() {
    }

    static String require(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidInput(field, "'" + value + "' is not one of " + String.join(", ", allowed));
        }
        return value;
    }
}
