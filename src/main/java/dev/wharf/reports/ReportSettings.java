package dev.wharf.reports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report building ({@code wharf.reports.*}).
 *
 * @param pollInterval how often an instance looks for a report to build (read by its schedule)
 * @param lease        how long a claimed report is this instance's before another may build it
 * @param chunkBytes   the size of the stored pieces of a report's CSV
 * @param linkValidity how long a download link works
 */
@ConfigurationProperties("wharf.reports")
public record ReportSettings(@DefaultValue("5s") Duration pollInterval, @DefaultValue("5m") Duration lease,
                             @DefaultValue("1048576") int chunkBytes, @DefaultValue("1h") Duration linkValidity) {
}
