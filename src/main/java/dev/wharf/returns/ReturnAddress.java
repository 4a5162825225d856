package dev.wharf.returns;

/** Where the parcel comes from: the vendor's DeliverrAddress fields. */
public record ReturnAddress(String name, String company, String street1, String street2, String city, String zip, String state,
                            String country, String phone, String email, Boolean isResidential) {
}
