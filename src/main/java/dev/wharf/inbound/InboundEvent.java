package dev.wharf.inbound;

/**
 * A transition of an inbound shipment, published by the inbound module inside the transaction
 * that made it. One record per target status: listeners choose by type, never by name.
 */
public sealed interface InboundEvent permits InboundAnnounced, InboundInTransit, InboundArrived, InboundReceiving,
        InboundReceived, InboundClosed, InboundCancelled {

    InboundId inbound();

    /** The status before; null when the inbound was just announced. */
    InboundStatus from();

    InboundStatus to();

    String actor();

    static InboundEvent of(InboundId inbound, InboundStatus from, InboundStatus to, String actor) {
        return switch (to) {
            case NEW -> new InboundAnnounced(inbound, from, actor);
            case IN_TRANSIT -> new InboundInTransit(inbound, from, actor);
            case ARRIVED -> new InboundArrived(inbound, from, actor);
            case RECEIVING -> new InboundReceiving(inbound, from, actor);
            case RECEIVED -> new InboundReceived(inbound, from, actor);
            case CLOSED -> new InboundClosed(inbound, from, actor);
            case CANCELLED -> new InboundCancelled(inbound, from, actor);
        };
    }
}
