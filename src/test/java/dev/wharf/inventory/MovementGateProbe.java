package dev.wharf.inventory;

import org.springframework.context.ApplicationContext;

/** Lets a test outside the inventory module wait until a movements reader is queued at the gate. */
public final class MovementGateProbe {

    private MovementGateProbe() {
    }

    public static boolean aReaderIsWaiting(ApplicationContext context) {
        return context.getBean(MovementGate.class).aReaderIsWaiting();
    }
}
