package org.alliance.web.persistence;

import java.time.Duration;

/**
 * Work that one app instance does for all, every so often: a clean-up, an expiry, later an outbox. A bean of
 * this type is scheduled on every instance and run by {@link JobRunner}, which makes sure that a round runs
 * once across instances and records it in {@code job_run}.
 */
public interface Job {
    /** A stable name of at most 48 characters: the lock's name and the run records' key. */
    String name();

    /** How often a round is due; instances fire this often and skip a round another has just run. */
    Duration every();

    /**
     * One round, in a transaction of its own (work that should not fail as a whole opens its own per item).
     * Returns what it did in a few words, for the run record.
     */
    String run();
}
