package dev.wharf.returns;

/** The parcel's label: the merchant's own, or one Wharf issued with its built-in carrier. */
public record ReturnLabel(String carrier, String trackingCode, String trackingUrl, String labelUrl) {
}
