package dev.wharf.inbound;

/** The merchant announced goods on their way (from is null). */
public record InboundAnnounced(InboundId inbound, InboundStatus from, String actor) implements InboundEvent {

    @Override
    public InboundStatus to() {
        return InboundStatus.NEW;
    }
}
