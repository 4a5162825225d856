package dev.wharf.api.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator console ({@code wharf.console.*}).
 *
 * @param idleTimeout  a console session not used for this long ends; the next page asks for a login again
 * @param atRiskWithin the dashboard counts an order not yet shipped as at risk when its ship-by time
 *                     (the cut-off it must make) is this close, or already past
 */
@ConfigurationProperties("wharf.console")
record ConsoleSettings(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("2h") Duration atRiskWithin) {
}
