package dev.wharf.inventory;

/** Why a quantity was corrected; carried on the ledger row. */
public enum AdjustmentReason {
    DAMAGED, FOUND, LOST, CYCLE_COUNT, RETURN, OTHER
}
