package dev.wharf.api.console;

import dev.wharf.account.Operator;
import dev.wharf.account.OperatorRole;
import dev.wharf.warehouse.WarehouseId;
import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is logged in to the console: {@code @AuthenticationPrincipal ConsoleOperator} in any console
 * controller. It lives in the session (stored in the database, so it is serialised): plain values
 * only, the warehouse as its number. The role is the one at login; a changed role applies at the
 * next login.
 */
public record ConsoleOperator(long id, String username, OperatorRole role, long warehouse) implements Serializable, AuthenticatedPrincipal {

    static ConsoleOperator of(Operator operator) {
        return new ConsoleOperator(operator.id(), operator.username(), operator.role(), operator.warehouseId().value());
    }

    /** The session's principal name (Spring Session indexes sessions by it): the username. */
    @Override
    public String getName() {
        return username;
    }

    public WarehouseId warehouseId() {
        return new WarehouseId(warehouse);
    }

    public boolean isSupervisor() {
        return role == OperatorRole.SUPERVISOR;
    }

    /** The account as the core's use cases take it. */
    public Operator operator() {
        return new Operator(id, username, role, warehouseId());
    }
}
