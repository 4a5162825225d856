package dev.wharf.inbound;

/** The goods are at the dock. */
public record InboundArrived(InboundId inbound, InboundStatus from, String actor) implements InboundEvent {

    @Override
    public InboundStatus to() {
        return InboundStatus.ARRIVED;
    }
}
