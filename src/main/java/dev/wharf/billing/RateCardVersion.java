package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import java.time.LocalDate;

/** A rate card as set: the warehouse's own (merchant null) or a merchant's override, from a day on. */
public record RateCardVersion(long id, MerchantId merchant, LocalDate effectiveFrom, RateCard card) {
}
