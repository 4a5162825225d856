package dev.wharf.inbound;

/** Everything expected has been received. */
public record InboundReceived(InboundId inbound, InboundStatus from, String actor) implements InboundEvent {

    @Override
    public InboundStatus to() {
        return InboundStatus.RECEIVED;
    }
}
