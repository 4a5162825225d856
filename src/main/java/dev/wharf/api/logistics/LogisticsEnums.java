package dev.wharf.api.logistics;

import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The published enums. Requests keep them as strings so that any other value is a 400 naming the
 * field (not a generic parse error); the Java enums give the OpenAPI document its real enum lists.
 */
final class LogisticsEnums {

    @Schema(name = "SourceId")
    enum SourceId {
        AMAZON, BED_BATH_BEYOND, BELK, CHORD, CHORD_ADMIN, CHORD_FERMAT, CHORD_GIFTING, CHORD_SUBSCRIPTIONS, CHORD_WHOLESALE_PORT,
        CMS_SHOPIFY, DELIVERR_API, EBAY, GO_TIME_GEAR, JEST_TEST, KENSIUM, KOHLSUS_PROD, KROGER, LEASHBOSS, LUSSOGEAR, MACYS,
        MAGENTO, NETSUITE, SHEIN, SHOPIFY, SKUPREME, SLEEPONITKIDS, TARGET, TIKTOK, WALMART, WEBSITE, WOOCOMMERCE, XTREMEBANDS
    }

    @Schema(name = "Incoterm")
    enum Incoterm { DAP, DDP, DDU }

    @Schema(name = "MerchantOfRecordProvider")
    enum MerchantOfRecordProvider { GLOBALE, MARKETS_PRO }

    @Schema(name = "ExternalOrderStatus")
    enum ExternalOrderStatus { DELIVERED, SHIPPED, ROUTING_IN_PROGRESS, STOPPED }

    @Schema(name = "InternalOrderStatus")
    enum InternalOrderStatus { CANCELLED, ERROR, CREATED, DELIVERED, SHIPPED }

    @Schema(name = "ShipmentStatus")
    enum ShipmentStatus { CANCELLED, ERROR, CREATED, NOT_SYNCED, OVER_SHIPPED, PARTIALLY_SHIPPED, SHIPPED, WAREHOUSE }

    @Schema(name = "OrderErrorType")
    enum OrderErrorType {
        PARTIALLY_SHIPPED, BAD_ADDRESS, BAD_PRODUCT_INFO, CANNOT_SHIP_HAZMAT, CARRIER_NETWORK_ERR, DSKU_NEVER_INBOUNDED,
        INTERNATIONAL_ADDRESS, INVENTORY_ERR, INVENTORY_TIMEOUT, LABEL_PURCHASE_FAILURE, MISSING_CUSTOMS_INFO, MISSING_DDP_TAG,
        MISSING_REMOVAL_FEE_SPECS, MISSING_SHIPPING_SPECIFICATIONS_FOR_HAZMAT, NON_PLT_ORDER_NOT_SUPPORTED, NO_FEDEX_RATES, NO_RATES,
        NO_REMOVAL_PROPOSAL, OVERSIZED_DIMS, PARTIAL_FULFILL_FAILED, PARTIAL_SHIP_UPDATE_FAILED, PROMISE_TIME_EXPIRED,
        REMOVALS_MINIMUM_NOT_MET, REMOVAL_ON_HOLD, STOCKOUT, STOCKOUT_AT_INGESTION, UNKNOWN, UNKNOWN_SFP_STATUS,
        UNREGISTERED_PRIME_PRODUCTS, UNSUPPORTED_DESTINATION, WAREHOUSE_ERR
    }

    static final List<String> SOURCES = names(SourceId.values());
    static final List<String> INCOTERMS = names(Incoterm.values());
    static final List<String> MERCHANT_OF_RECORD_PROVIDERS = names(MerchantOfRecordProvider.values());
    static final String DEFAULT_SOURCE = SourceId.SHOPIFY.name();

    /** USPS state and territory codes (and the military ones): a US address's provinceCode is one of these. */
    static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
            "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW", "AA", "AE", "AP");

    private LogisticsEnums() {
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static String require(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidInput(field, "'" + value + "' is not one of " + String.join(", ", allowed));
        }
        return value;
    }
}
