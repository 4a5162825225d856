package dev.wharf.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lets a use case that publishes several events at once have their listeners' rows written in
 * one round-trip: inside {@link #run}, a listener hands its rows to {@link #collect} and they are
 * written together when the block ends, still in the caller's transaction. If the block throws,
 * nothing collected is written (the transaction rolls back anyway) and nothing is left behind.
 */
public final class WritesTogether {

    /** What one block has collected: per writer, its rows and how to write them. */
    private record Collected(List<Object> rows, Consumer<List<Object>> write) {
    }

    private static final ThreadLocal<Map<Object, Collected>> BLOCK = new ThreadLocal<>();

    private WritesTogether() {
    }

    public static void run(Runnable work) {
        if (BLOCK.get() != null) {
            work.run();
            return;
        }
        var block = new LinkedHashMap<Object, Collected>();
        BLOCK.set(block);
        try {
            work.run();
        } finally {
            BLOCK.remove();
        }
        block.values().forEach(c -> c.write().accept(List.copyOf(c.rows())));
    }

    /** Whether the current thread is inside {@link #run}. */
    public static boolean active() {
        return BLOCK.get() != null;
    }

    /**
     * Holds a row back until the current block ends; then {@code write} gets all the rows the
     * same writer collected. Call only when {@link #active()}.
     */
    @SuppressWarnings("unchecked")
    public static <T> void collect(Object writer, T row, Consumer<List<T>> write) {
        BLOCK.get().computeIfAbsent(writer, w -> new Collected(new ArrayList<>(), rows -> write.accept((List<T>) (List<?>) rows)))
                .rows().add(row);
    }
}
