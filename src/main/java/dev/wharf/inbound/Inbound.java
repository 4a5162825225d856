package dev.wharf.inbound;

import dev.wharf.shared.RuleViolation;

/** The inbound's state machine: which transitions its current status allows. */
final class Inbound {

    private final long id;
    private InboundStatus status;

    Inbound(long id, InboundStatus status) {
        this.id = id;
        this.status = status;
    }

    InboundStatus status() {
        return status;
    }

    /** The merchant may still change what it announced only before anything happened to it. */
    void revise() {
        requireNew("changed");
    }

    InboundStatus cancel() {
        requireNew("cancelled");
        return transition(InboundStatus.CANCELLED);
    }

    /** Goods were received against it: RECEIVING, or RECEIVED once every line has all it expected. */
    InboundStatus received(boolean complete) {
        if (status == InboundStatus.CANCELLED || status == InboundStatus.CLOSED) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "inbound",
                    "inbound " + id + " is " + status + " and cannot receive goods");
        }
        // Over-receipt after RECEIVED keeps it RECEIVED: the counts show the discrepancy.
        return transition(complete || status == InboundStatus.RECEIVED ? InboundStatus.RECEIVED : InboundStatus.RECEIVING);
    }

    /** The goods are at the dock. */
    InboundStatus arrived() {
        if (status != InboundStatus.NEW && status != InboundStatus.IN_TRANSIT) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "inbound", "inbound " + id + " is " + status
                    + "; only a new or in-transit inbound can arrive");
        }
        return transition(InboundStatus.ARRIVED);
    }

    /** Receiving is over: whatever was not received will not be. */
    InboundStatus close() {
        if (status == InboundStatus.CANCELLED || status == InboundStatus.CLOSED || status == InboundStatus.NEW
                || status == InboundStatus.IN_TRANSIT) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "inbound", "inbound " + id + " is " + status
                    + "; only an inbound that arrived or is being received can be closed");
        }
        return transition(InboundStatus.CLOSED);
    }

    private void requireNew(String what) {
        if (status != InboundStatus.NEW) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "inbound",
                    "inbound " + id + " is " + status + "; it can be " + what + " only while it is new");
        }
    }

    private InboundStatus transition(InboundStatus next) {
        var previous = status;
        status = next;
        return previous;
    }
}
