package dev.wharf.billing;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Billing ({@code wharf.billing.*}).
 *
 * @param taxRate         the tax on a statement's subtotal, as a fraction (0.20 for 20 %), rounded like a line
 * @param storageEnabled  whether this instance runs the nightly storage job (any number may: each day is taken once)
 * @param storageInterval how often the job looks for days that have ended and are not yet snapshotted
 * @param maxCatchUpDays  how far back a warehouse's first run starts at most (a first run after an upgrade
 *                        does not bill years of storage); later gaps are always caught up day by day
 */
@ConfigurationProperties("wharf.billing")
public record BillingSettings(@DefaultValue("0") BigDecimal taxRate, @DefaultValue("true") boolean storageEnabled,
                              @DefaultValue("1m") Duration storageInterval, @DefaultValue("62") int maxCatchUpDays) {
}
