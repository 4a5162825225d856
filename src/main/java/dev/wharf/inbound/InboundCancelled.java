package dev.wharf.inbound;

/** The merchant cancelled it before anything happened. */
public record InboundCancelled(InboundId inbound, InboundStatus from, String actor) implements InboundEvent {

    @Override
    public InboundStatus to() {
        return InboundStatus.CANCELLED;
    }
}
