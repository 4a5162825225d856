package dev.wharf.labels;

/** One postal address as printed on a label or slip; any field may be null and is then left out. */
public record LabelAddress(String name, String company, String line1, String line2, String city, String state,
                           String postal, String countryCode, String phone) {
}
