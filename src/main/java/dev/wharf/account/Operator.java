package dev.wharf.account;

import dev.wharf.warehouse.WarehouseId;

/** A member of the warehouse's staff, bound to one warehouse. */
public record Operator(long id, String username, OperatorRole role, WarehouseId warehouseId) {

    public boolean isSupervisor() {
        return role == OperatorRole.SUPERVISOR;
    }
}
