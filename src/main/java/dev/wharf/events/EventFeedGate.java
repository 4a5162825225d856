package dev.wharf.events;

import dev.wharf.shared.CommitOrderGate;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps an event from appearing behind a feed cursor already handed out. A sequence number is
 * taken when a row is inserted but becomes visible at commit, so transactions committing out of
 * order would let a reader see 11 before 10 commits. Feed writers and readers meet at a
 * {@link CommitOrderGate} of their own (the partner movements window has another).
 */
@Component
class EventFeedGate {

    private static final long KEY = 7_270_011L;

    private final CommitOrderGate gate;

    EventFeedGate(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.gate = new CommitOrderGate(jdbc, dataSource, KEY);
    }

    /** Called in a writing transaction before its first feed row; held until the transaction ends. */
    void enterWriter() {
        gate.enterWriter();
    }

    /** Runs {@code read} once no writer is in flight, keeping new writers out until it is done. Call inside a transaction. */
    <T> T read(Supplier<T> read) {
        return gate.read(read);
    }

    /** Whether a reader is queued behind writers in flight (for tests). */
    boolean aReaderIsWaiting() {
        return gate.aReaderIsWaiting();
    }
}
