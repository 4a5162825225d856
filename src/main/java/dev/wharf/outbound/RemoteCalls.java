package dev.wharf.outbound;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Commit, call, record: a call to another system never runs inside a database transaction, where
 * a slow answer would hold a pooled connection and row locks for as long as it takes.
 */
final class RemoteCalls {

    private RemoteCalls() {
    }

    static void requireNoTransaction(String callee) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a call to " + callee + " must not run inside a database transaction");
        }
    }
}
