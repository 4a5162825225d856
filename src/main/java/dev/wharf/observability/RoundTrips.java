package dev.wharf.observability;

import java.util.ArrayList;
import java.util.List;

/** What one request sent to the database: each statement's SQL, and transaction control (commit, rollback, savepoints). */
public record RoundTrips(List<String> statements, List<String> transactionControl) {

    public int count() {
        return statements.size() + transactionControl.size();
    }

    /** The statements of the request on the current thread while counting is on; null outside one. */
    private static final ThreadLocal<RoundTrips> CURRENT = new ThreadLocal<>();

    static RoundTrips begin() {
        var trips = new RoundTrips(new ArrayList<>(), new ArrayList<>());
        CURRENT.set(trips);
        return trips;
    }

    static void end() {
        CURRENT.remove();
    }

    static void statement(String sql) {
        var trips = CURRENT.get();
        if (trips != null) {
            trips.statements.add(sql);
        }
    }

    static void control(String what) {
        var trips = CURRENT.get();
        if (trips != null) {
            trips.transactionControl.add(what);
        }
    }

    @Override
    public String toString() {
        var text = new StringBuilder(count() + " round-trips (" + transactionControl + "):");
        statements.forEach(s -> text.append("\n  ").append(s.replaceAll("\\s+", " ")));
        return text.toString();
    }
}
