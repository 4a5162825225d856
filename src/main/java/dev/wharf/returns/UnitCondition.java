package dev.wharf.returns;

/** A returned unit's condition, as received and after inspection (Wharf's words; the vendor publishes none). */
public enum UnitCondition {
    NEW, LIKE_NEW, USED, DAMAGED, DEFECTIVE, MISSING_PARTS, UNSELLABLE
}
