package dev.wharf.support;

import java.util.function.BooleanSupplier;

/** Waiting on a condition, never on the clock alone: polls until it holds or the deadline passes. */
public final class Waits {

    private Waits() {
    }

    /** Polls every 10 ms, for at most {@code seconds}; false if the condition never held. */
    public static boolean until(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
