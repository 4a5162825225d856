package dev.wharf.outbound;

public record ShipTo(String name, String email, String company, String address1, String address2, String city,
                     String state, String postalCode, String countryCode, String phone) {
}
