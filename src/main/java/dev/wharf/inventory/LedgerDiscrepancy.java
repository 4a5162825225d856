package dev.wharf.inventory;

/** A balance row that does not equal the sum of its ledger rows (or of its reservations). */
public record LedgerDiscrepancy(long balanceId, int onHand, int ledgerOnHand, int reserved, int ledgerReserved,
                                int reservationsHeld) {
}
