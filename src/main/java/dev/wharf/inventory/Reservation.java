package dev.wharf.inventory;

/** Units of one balance row held for one order line. */
public record Reservation(long balanceId, long lineId, int quantity) {
}
