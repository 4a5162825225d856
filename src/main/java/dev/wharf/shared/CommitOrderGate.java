package dev.wharf.shared;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a reader of rows stamped with a time or a sequence never miss one that commits late.
 * Every writing transaction holds a shared lock from before its first row until it ends; a
 * reader takes the lock exclusively, so every writer that stamped before the read has committed
 * and every later writer stamps later. On PostgreSQL a transaction-scoped advisory lock (shared by
 * all service instances); on the embedded database, which one process opens, a JVM read-write
 * lock. Each kind of row has a gate of its own, told apart by its key.
 */
public final class CommitOrderGate {

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final long key;
    private final String held;
    private final ReentrantReadWriteLock local = new ReentrantReadWriteLock(true);

    public CommitOrderGate(JdbcClient jdbc, DataSource dataSource, long key) throws SQLException {
        this.jdbc = jdbc;
        this.key = key;
        this.held = CommitOrderGate.class.getName() + ".held." + key;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Called in a writing transaction before its first row; held until the transaction ends. */
    public void enterWriter() {
        if (TransactionSynchronizationManager.hasResource(held)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(held, Boolean.TRUE);
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock_shared(" + key + ")").query().singleValue();
        } else {
            local.readLock().lock();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(held);
                if (!postgres) {
                    local.readLock().unlock();
                }
            }
        });
    }

    /** Waits for every writer in flight to finish; call inside the reading transaction, before reading. */
    public void awaitWriters() {
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(" + key + ")").query().singleValue();
        } else {
            local.writeLock().lock();
            local.writeLock().unlock();
        }
    }

    /** Runs {@code read} once no writer is in flight, keeping new writers out until it is done. Call inside a transaction. */
    public <T> T read(Supplier<T> read) {
        if (postgres) {
            // Released when the reading transaction ends.
            jdbc.sql("select pg_advisory_xact_lock(" + key + ")").query().singleValue();
            return read.get();
        }
        local.writeLock().lock();
        try {
            return read.get();
        } finally {
            local.writeLock().unlock();
        }
    }

    /** Whether a reader is queued behind writers in flight (for monitoring and tests). */
    public boolean aReaderIsWaiting() {
        if (postgres) {
            return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and objid::bigint = :key and mode = 'ExclusiveLock'"
                    + " and not granted").param("key", key).query(Long.class).single() > 0;
        }
        return local.hasQueuedThreads();
    }
}
