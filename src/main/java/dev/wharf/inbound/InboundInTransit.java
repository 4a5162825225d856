package dev.wharf.inbound;

/** The goods are on their way. */
public record InboundInTransit(InboundId inbound, InboundStatus from, String actor) implements InboundEvent {

    @Override
    public InboundStatus to() {
        return InboundStatus.IN_TRANSIT;
    }
}
