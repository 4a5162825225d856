package dev.wharf.inbound;

import dev.wharf.account.MerchantId;
import java.time.LocalDate;

/**
 * What the dock looks for among a warehouse's inbounds: a reference (the id, number, the partner's
 * ASN id, a tracking number, a barcode or SKU on it exactly; a word of the notes; the expected
 * day), a merchant, a status (null: those still open, unless a reference is given) and expected
 * days in the warehouse's calendar (inclusive). Any may be null.
 */
public record InboundFilter(String query, MerchantId merchant, InboundStatus status, LocalDate expectedFrom, LocalDate expectedTo) {
}
