package dev.wharf.inventory;

/** What a ledger row records. RESERVE and RELEASE move only the reserved column. */
public enum MovementType {
    RECEIVE, RETURN, ADJUSTMENT, MOVE, RESERVE, RELEASE, SHIP
}
