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

    /** Voids a label this integration issued; ok when the partner accepted it. */
    Result voidLabel(OrderView order, PackageView pkg, String labelId);

    /** A label (with the partner's id for it and its content as received), or why there is none. */
    record Result(boolean ok, String trackingNumber, String carrier, String service, byte[] pdf, String zpl, String labelId,
                  String raw, String failure) {

        public static Result success(String trackingNumber, String carrier, String service, byte[] pdf, String zpl,
                                     String labelId, String raw) {
            return new Result(true, trackingNumber, carrier, service, pdf, zpl, labelId, raw, null);
        }

        public static Result done() {
            return new Result(true, null, null, null, null, null, null, null, null);
        }

        public static Result failed(String reason) {
            return new Result(false, null, null, null, null, null, null, null, reason);
        }
    }
}
