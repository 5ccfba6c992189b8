package org.alliance.core.scoring.attempt;

import java.time.Duration;
import java.time.Instant;

/**
 * Time left in a timed attempt, computed from the start instant, the limit and "now", all passed
 * in as values: the same inputs always give the same answer, and tests need no clock.
 */
public sealed interface TimeLeft {

    /** The quiz has no time limit. */
    record Unlimited() implements TimeLeft {}

    record Running(Duration remaining, Instant deadline) implements TimeLeft {}

    /** The deadline has passed; answers committed after it do not count. */
    record Expired(Instant deadline, Duration overBy) implements TimeLeft {}

    /** @param limitMinutes 0 for no limit, as in the content */
    static TimeLeft of(Instant start, int limitMinutes, Instant now) {
        if (limitMinutes <= 0) {
            return new Unlimited();
        }
        return of(start, Duration.ofMinutes(limitMinutes), now);
    }

    static TimeLeft of(Instant start, Duration limit, Instant now) {
        Instant deadline = start.plus(limit);
        if (now.isBefore(deadline)) {
            return new Running(Duration.between(now, deadline), deadline);
        }
        return new Expired(deadline, Duration.between(deadline, now));
    }
}
