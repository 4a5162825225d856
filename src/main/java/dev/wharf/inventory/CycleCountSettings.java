package dev.wharf.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cycle counts ({@code wharf.ops.*}).
 *
 * @param cycleCountApprovalThreshold a count differing by more units than this waits for a supervisor
 */
@ConfigurationProperties("wharf.ops")
record CycleCountSettings(@DefaultValue("10") int cycleCountApprovalThreshold) {
}
