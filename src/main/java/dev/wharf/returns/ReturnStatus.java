package dev.wharf.returns;

/** The vendor's return statuses; the carrier's view of the label follows from them. */
public enum ReturnStatus {
    CREATED, SHIPPED, RECEIVED_FOR_PROCESSING, PROCESSED, CANCELLED;

    /** The label's tracking status: in transit until the warehouse has the parcel. */
    public TrackingStatus trackingStatus() {
        return switch (this) {
            case CREATED -> TrackingStatus.CREATED;
            case SHIPPED -> TrackingStatus.SHIPPED;
            case RECEIVED_FOR_PROCESSING, PROCESSED -> TrackingStatus.DELIVERED;
            case CANCELLED -> TrackingStatus.CANCELLED;
        };
    }

    /** The vendor's tracking statuses (FAILED is never reached by Wharf's own flow). */
    public enum TrackingStatus { CREATED, SHIPPED, DELIVERED, CANCELLED, FAILED }
}
