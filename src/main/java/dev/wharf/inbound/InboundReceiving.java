package dev.wharf.inbound;

/** Part of what was expected has been received. */
public record InboundReceiving(InboundId inbound, InboundStatus from, String actor) implements InboundEvent {

    @Override
    public InboundStatus to() {
        return InboundStatus.RECEIVING;
    }
}
