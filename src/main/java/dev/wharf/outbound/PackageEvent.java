package dev.wharf.outbound;

/**
 * A package's label or shipping state changed. Published in the transaction that changed it.
 *
 * @param from the package's status before, or null when it was just labelled (or failed to be)
 */
public record PackageEvent(PackageId pkg, OrderId order, PackageView.Status from, PackageView.Status to, String actor) {
}
