package dev.wharf.inventory;

import dev.wharf.shared.CommitOrderGate;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a movement from appearing in a time window that a reader has already read: ledger
 * writers and movement readers meet at a {@link CommitOrderGate} of their own.
 */
@Component
class MovementGate {

    private static final long KEY = 7_270_001L;

    private final CommitOrderGate gate;

    MovementGate(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.gate = new CommitOrderGate(jdbc, dataSource, KEY);
    }

    /** Called before a transaction writes its first ledger row; held until the transaction ends. */
    void enterWriter() {
        gate.enterWriter();
    }

    /** Whether a reader is queued behind writers in flight (for monitoring and tests). */
    boolean aReaderIsWaiting() {
        return gate.aReaderIsWaiting();
    }

    /** Waits for every writer in flight to finish; call inside the reading transaction, before reading. */
    void awaitWriters() {
        gate.awaitWriters();
    }
}
