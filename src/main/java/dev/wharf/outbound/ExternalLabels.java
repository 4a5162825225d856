package dev.wharf.outbound;

import dev.wharf.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Which packages carry a label bought outside Wharf. The packer gives a tracking number per
 * package, or one for the whole order when it is one package; one number for several packages
 * is ambiguous and refused, never spread over them or dropped.
 */
final class ExternalLabels {

    private ExternalLabels() {
    }

    /** @param orderTracking a tracking number given for the whole order, or null */
    static List<PackageSpec> assign(List<PackageSpec> boxes, String orderTracking) {
        if (orderTracking == null || orderTracking.isBlank()) {
            return boxes;
        }
        if (boxes.size() != 1) {
            throw new InvalidInput("trackingNumber", "one tracking number for " + boxes.size()
                    + " packages: give each package its own (packages[i].trackingNumber)");
        }
        var box = boxes.get(0);
        if (box.labelledOutside() && !box.trackingNumber().strip().equals(orderTracking.strip())) {
            throw new InvalidInput("trackingNumber", "differs from packages[0].trackingNumber");
        }
        var assigned = new ArrayList<PackageSpec>();
        assigned.add(new PackageSpec(box.box(), box.weightKg(), box.lengthCm(), box.widthCm(), box.heightCm(), box.items(),
                orderTracking.strip()));
        return assigned;
    }
}
