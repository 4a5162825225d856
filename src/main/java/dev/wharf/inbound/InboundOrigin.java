package dev.wharf.inbound;

/** Where an inbound's goods are sent from, as the merchant told it; any field may be unknown (null). */
public record InboundOrigin(String name, String company, String street1, String street2, String city, String state, String zip,
                            String country, String phone, String email) {

    public static final InboundOrigin UNKNOWN = new InboundOrigin(null, null, null, null, null, null, null, null, null, null);
}
