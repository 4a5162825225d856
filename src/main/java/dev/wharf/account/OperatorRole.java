package dev.wharf.account;

/** An operator works the floor; a supervisor may also approve what needs a second pair of eyes. */
public enum OperatorRole {
    OPERATOR, SUPERVISOR
}
