package dev.wharf.inbound;

/** NEW → IN_TRANSIT → ARRIVED → RECEIVING → RECEIVED → CLOSED, or CANCELLED from NEW only. */
public enum InboundStatus {
    NEW, IN_TRANSIT, ARRIVED, RECEIVING, RECEIVED, CLOSED, CANCELLED
}
