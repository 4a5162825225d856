package dev.wharf.inbound;

/** Receiving is over; what did not come will not. */
public record InboundClosed(InboundId inbound, InboundStatus from, String actor) implements InboundEvent {

    @Override
    public InboundStatus to() {
        return InboundStatus.CLOSED;
    }
}
