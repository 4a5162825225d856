/**
 * Metering: turns every physical action the floor's modules publish (receipts, shipped orders and
 * their parcels, returns) into billing lines, in the action's own transaction. A module of its own
 * because outbound already uses billing (its charges and rate table): billing listening to outbound
 * directly would make the two depend on each other.
 */
package dev.wharf.metering;
