package dev.wharf.outbound;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Wharf's built-in carrier, used when neither the merchant nor a partner supplies the label
 * ({@code wharf.carrier.*}).
 *
 * @param name           carrier name printed on the label and reported to the dialects
 * @param service        its one service
 * @param trackingPrefix prefix of its tracking numbers (then nine digits and a check digit)
 * @param trackingUrl    where a tracking number can be followed; {trackingNumber} is replaced
 */
@ConfigurationProperties("wharf.carrier")
public record CarrierSettings(@DefaultValue("Wharf Post") String name, @DefaultValue("Standard") String service,
                              @DefaultValue("WHF") String trackingPrefix,
                              @DefaultValue("https://track.wharf.dev/{trackingNumber}") String trackingUrl) {
}
