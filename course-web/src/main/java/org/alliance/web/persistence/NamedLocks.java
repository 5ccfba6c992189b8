package org.alliance.web.persistence;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that must not run on two app instances at once runs under a named database lock, in one transaction
 * that holds the lock until it commits. Works on H2 and PostgreSQL alike: a row of {@code app_lock} per name,
 * locked with {@code select ... for update}. Start-up seeding uses {@link #runExclusively}; a job that should
 * run once across instances (a clean-up, an outbox) uses {@link #runIfFree}, which skips instead of waiting.
 */
@Component
public class NamedLocks {
    /** How long to keep waiting for a lock another instance holds (H2 gives up on each try after seconds). */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    private final NamedLockStore store;
    private final TransactionTemplate newTransaction;

    NamedLocks(NamedLockStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the work in a new transaction once it holds the named lock, waiting for other holders to finish. */
    public <T> T runExclusively(String name, Supplier<T> work) {
        newTransaction.executeWithoutResult(status -> store.ensure(name));
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return newTransaction.execute(status -> {
                    store.lock(name);
                    return work.get();
                });
            } catch (TransientDataAccessException timedOut) {
                // H2 stops waiting after its lock timeout (a query timeout to Spring); the lock is the transaction's
                // first statement, so nothing of the work ran, and trying again is safe.
                if (System.nanoTime() - giveUpAt > 0) {
                    throw timedOut;
                }
            }
        }
    }

    /**
     * Runs the work in a new transaction if no one holds the named lock now; true when it ran. For jobs that
     * any one instance may do: the others skip this round.
     */
    public boolean runIfFree(String name, Runnable work) {
        newTransaction.executeWithoutResult(status -> store.ensure(name));
        Boolean ran = newTransaction.execute(status -> {
            if (!store.tryLock(name)) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
