package dev.wharf.inventory;

import java.util.EnumSet;
import java.util.Set;

/** What a ledger row records. RESERVE and RELEASE move only the reserved column. */
public enum MovementType {
    RECEIVE, RETURN, ADJUSTMENT, MOVE, RESERVE, RELEASE, SHIP;

    /** The types that change how many units are in the building (a MOVE between sections or a reservation does not). */
    public static Set<MovementType> stockLevelChanges() {
        return EnumSet.of(RECEIVE, RETURN, ADJUSTMENT, SHIP);
    }
}
