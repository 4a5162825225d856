package dev.wharf.events;

/**
 * A state transition of an entity (an inbound, an order...). Published by the module that made
 * the change, recorded in the same transaction.
 */
public record StatusChanged(String entityType, long entityId, String fromStatus, String toStatus, String actor) {
}
