package dev.wharf.reports;

import java.time.Instant;

/** A report as its requester sees it. */
public record ReportView(String reference, ReportType type, ReportStatus status, String errorMessage, Long rowCount,
                         Instant createdAt, Instant finishedAt) {
}
