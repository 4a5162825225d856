package dev.wharf.outbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a platform says about an order beyond its lines: its own id for it, where it came from,
 * the promised times, and the lines exactly as sent (a bundle SKU stays a bundle SKU).
 */
public record OrderTerms(String externalId, String source, Instant promisedShipBy, Instant promisedDeliveryBy, Double deliveryDays,
                         Boolean subscription, String duties, String packingSlipUrl, List<RequestedLine> requestedLines,
                         String carrierAccount, String boxName) {

    public OrderTerms(String externalId, String source, Instant promisedShipBy, Instant promisedDeliveryBy, Double deliveryDays,
                      Boolean subscription, String duties, String packingSlipUrl, List<RequestedLine> requestedLines) {
        this(externalId, source, promisedShipBy, promisedDeliveryBy, deliveryDays, subscription, duties, packingSlipUrl,
                requestedLines, null, null);
    }

    public record RequestedLine(String sku, int quantity, BigDecimal customsAmount, String customsCurrency) {
    }

    public static OrderTerms none() {
        return new OrderTerms(null, null, null, null, null, null, null, null, List.of(), null, null);
    }
}
