package dev.wharf.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets a use case that publishes several events at once have their listeners' rows written in
 * one round-trip: inside {@link #run}, a listener may hold its rows back ({@link #atEnd}) and
 * write them all when the block ends, still in the caller's transaction. If the block throws,
 * nothing held back is written (the transaction rolls back anyway).
 */
public final class WritesTogether {

    private static final ThreadLocal<List<Runnable>> AT_END = new ThreadLocal<>();

    private WritesTogether() {
    }

    public static void run(Runnable work) {
        if (AT_END.get() != null) {
            work.run();
            return;
        }
        var atEnd = new ArrayList<Runnable>();
        AT_END.set(atEnd);
        try {
            work.run();
        } finally {
            AT_END.remove();
        }
        atEnd.forEach(Runnable::run);
    }

    /** Whether the current thread is inside {@link #run}. */
    public static boolean active() {
        return AT_END.get() != null;
    }

    /** Runs {@code write} when the current block ends; call only when {@link #active()}. */
    public static void atEnd(Runnable write) {
        AT_END.get().add(write);
    }
}
