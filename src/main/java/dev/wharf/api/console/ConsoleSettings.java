package dev.wharf.api.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator console ({@code wharf.console.*}).
 *
 * @param idleTimeout a console session not used for this long ends; the next page asks for a login again
 */
@ConfigurationProperties("wharf.console")
record ConsoleSettings(@DefaultValue("30m") Duration idleTimeout) {
}
