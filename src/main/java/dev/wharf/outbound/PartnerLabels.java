package dev.wharf.outbound;

/**
 * A label bought by the platform that sent the order (e.g. a partner's Label API). An
 * integration that buys its merchants' labels implements this; packing asks it for one label
 * per package before falling back to Wharf's own.
 */
public interface PartnerLabels {

    /** Whether this integration supplies labels for the order. */
    boolean handles(OrderView order);

    /** One label for one package; failures are answers, not exceptions. */
    Result label(OrderView order, PackageView pkg);

    /** A label, or why there is none. */
    record Result(boolean ok, String trackingNumber, String carrier, String service, byte[] pdf, String zpl, String failure) {

        public static Result success(String trackingNumber, String carrier, String service, byte[] pdf, String zpl) {
            return new Result(true, trackingNumber, carrier, service, pdf, zpl, null);
        }

        public static Result failed(String reason) {
            return new Result(false, null, null, null, null, null, reason);
        }
    }
}
