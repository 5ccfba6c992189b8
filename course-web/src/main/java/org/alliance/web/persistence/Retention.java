package org.alliance.web.persistence;

import java.time.Instant;

/**
 * Rows that pile up with nothing to read them after a while (run records, stale sign-in counts), deleted by the
 * {@link PurgeJob}. Never learning data: attempts, answers, ratings and grades are kept until "My data" deletes
 * them.
 */
public interface Retention {
    /** A short name for the run record, e.g. {@code login-throttle}. */
    String what();

    /** Deletes what is past its retention at {@code now}; returns how many rows went. */
    int purge(Instant now);
}
