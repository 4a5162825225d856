package dev.wharf.events;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps an event from appearing behind a feed cursor already handed out. A sequence number is
 * taken when a row is inserted but becomes visible at commit, so transactions committing out of
 * order would let a reader see 11 before 10 commits. Every transaction that writes feed rows
 * holds a shared lock from before its first insert until it ends; a reader holds the lock
 * exclusively while it reads, so it sees every row numbered before its read and none can be
 * numbered during it. On PostgreSQL a transaction-scoped advisory lock (shared between service
 * instances); on the embedded database, which one process opens, a JVM read-write lock. The same
 * design as the partner movements window (inventory's MovementGate), with its own key.
 */
@Component
class EventFeedGate {

    private static final long KEY = 7_270_011L;
    private static final String HELD = EventFeedGate.class.getName() + ".held";

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final ReentrantReadWriteLock local = new ReentrantReadWriteLock(true);

    EventFeedGate(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Called in a writing transaction before its first feed row; held until the transaction ends. */
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

    /** Runs {@code read} once no writer is in flight, keeping new writers out until it is done. Call inside a transaction. */
    <T> T read(Supplier<T> read) {
        if (postgres) {
            // Released when the reading transaction ends.
            jdbc.sql("select pg_advisory_xact_lock(" + KEY + ")").query().singleValue();
            return read.get();
        }
        local.writeLock().lock();
        try {
            return read.get();
        } finally {
            local.writeLock().unlock();
        }
    }

    /** Whether a reader is queued behind writers in flight (for tests). */
    boolean aReaderIsWaiting() {
        if (postgres) {
            return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and objid::bigint = :key and mode = 'ExclusiveLock'"
                    + " and not granted").param("key", KEY).query(Long.class).single() > 0;
        }
        return local.hasQueuedThreads();
    }
}
