package dev.wharf.outbound;

import dev.wharf.account.MerchantId;
import java.time.LocalDate;

/**
 * What the floor looks for among a warehouse's orders: a reference (an id, the platform's id,
 * a tracking number, carrier account or box name exactly; a word of the note; a day of ship-by),
 * a merchant, a status, and days of creation in the warehouse's calendar (inclusive). Any may be null.
 */
public record OrderFilter(String query, MerchantId merchant, OrderStatus status, LocalDate createdFrom, LocalDate createdTo) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null);
    }
}
