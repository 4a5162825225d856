package dev.wharf.inventory;

/** Whether units can be sold (ok) or are kept apart as damaged. */
public enum Condition {
    OK, DAMAGED
}
