package dev.wharf.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows read once per transaction: a request that needs the same merchant or product in three
 * places reads it once. The memory lives as long as the transaction; outside one nothing is kept.
 * An owner that writes the rows it caches clears its memory first ({@link #forget}).
 */
public final class TransactionScoped<K, V> {

    private final String name;

    public TransactionScoped(String name) {
        this.name = TransactionScoped.class.getName() + "." + name;
    }

    /** The value remembered in this transaction, else the loaded one (remembered when present). */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        var memory = memory();
        if (memory == null) {
            return load.get();
        }
        var known = memory.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        var loaded = load.get();
        loaded.ifPresent(value -> memory.put(key, value));
        return loaded;
    }

    /** The value remembered in this transaction, if any (nothing is loaded). */
    public Optional<V> peek(K key) {
        var memory = memory();
        return memory == null ? Optional.empty() : Optional.ofNullable(memory.get(key));
    }

    public void remember(K key, V value) {
        var memory = memory();
        if (memory != null) {
            memory.put(key, value);
        }
    }

    public void forget() {
        var memory = memory();
        if (memory != null) {
            memory.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> memory() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var held = (Map<K, V>) TransactionSynchronizationManager.getResource(name);
        if (held == null) {
            var fresh = new HashMap<K, V>();
            TransactionSynchronizationManager.bindResource(name, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(name);
                }
            });
            return fresh;
        }
        return held;
    }
}
