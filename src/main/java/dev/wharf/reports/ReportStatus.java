package dev.wharf.reports;

/** PENDING until built; SUCCESS with a file; ERROR when building failed every attempt. */
public enum ReportStatus {
    PENDING, SUCCESS, ERROR
}
