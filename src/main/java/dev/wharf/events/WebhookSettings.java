package dev.wharf.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing webhooks and partner status pushes ({@code wharf.webhooks.*}).
 *
 * @param enabled       false stops this instance's delivery worker (other instances still deliver)
 * @param pollInterval  how often the worker looks for due deliveries (read by its schedule)
 * @param backoffBase   partner status pushes: the first retry's delay, doubling up to an hour
 * @param giveUpAfter   partner status pushes: no retry is scheduled past this age
 * @param firstRetry    Logistics webhooks: the first retry's delay, doubling up to an hour, ten attempts
 * @param lease         how long a claimed delivery is this instance's before another may send it
 * @param signingSecret signs every body (X-Wharf-Signature, HMAC-SHA256) when set
 */
@ConfigurationProperties("wharf.webhooks")
public record WebhookSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration pollInterval,
                              @DefaultValue("30s") Duration backoffBase, @DefaultValue("26h") Duration giveUpAfter,
                              @DefaultValue("5m") Duration firstRetry, @DefaultValue("2m") Duration lease,
                              @DefaultValue("") String signingSecret) {
}
