package dev.wharf.inbound;

import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;

/**
 * Where announced goods go when the announcement names no warehouse: the merchant's home
 * warehouse, else the only warehouse there is. With several and no home, the sender must say.
 * (Orders have their own twin, {@code OrderRouting}, which also looks at stock.)
 */
final class InboundDestination {

    private InboundDestination() {
    }

    /**
     * @param field the request's name for the warehouse, named when it must be given
     */
    static WarehouseId choose(String field, WarehouseId requested, WarehouseId merchantHome, List<WarehouseId> all) {
        if (requested != null) {
            return requested;
        }
        if (merchantHome != null) {
            return merchantHome;
        }
        if (all.size() != 1) {
            throw new InvalidInput(field, "is required: goods can go to " + all.size() + " warehouses");
        }
        return all.get(0);
    }
}
