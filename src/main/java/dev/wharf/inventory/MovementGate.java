package dev.wharf.inventory;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a movement from appearing in a time window that a reader has already read. Every
 * transaction that writes ledger rows holds a shared lock until it ends; a reader of a window
 * takes the lock exclusively first, so every writer that stamped a time before the read has
 * committed, and every writer after it stamps a later time. On PostgreSQL the lock is a
 * transaction-scoped advisory lock (shared across service instances); on the embedded
 * database, which only one process opens, a JVM read-write lock.
 */
@Component
class MovementGate {

    private static final long KEY = 7_270_001L;
    private static final String HELD = MovementGate.class.getName() + ".held";

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final ReentrantReadWriteLock local = new ReentrantReadWriteLock(true);

    MovementGate(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Called before a transaction writes its first ledger row; held until the transaction ends. */
    void enterWriter() {
        if (TransactionSynchronizationManager.hasResource(HELD)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(HELD, Boolean.TRUE);
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock_shared(" + KEY + ")").query().singleValue();
        } else {
            local.readLock().lock();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
                if (!postgres) {
                    local.readLock().unlock();
                }
            }
        });
    }

    /** Whether a reader is queued behind writers in flight (for monitoring and tests). */
    boolean aReaderIsWaiting() {
        if (postgres) {
            return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and objid::bigint = :key and mode = 'ExclusiveLock'"
                    + " and not granted").param("key", KEY).query(Long.class).single() > 0;
        }
        return local.hasQueuedThreads();
    }

    /** Waits for every writer in flight to finish; call inside the reading transaction, before reading. */
    void awaitWriters() {
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(" + KEY + ")").query().singleValue();
        } else {
            local.writeLock().lock();
            local.writeLock().unlock();
        }
    }
}
