package org.alliance.web.shell.idle;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides, from the last real interaction the server knows of and the time now, what an idle session is due:
 * nothing yet, a warning, or its end. A pure rule, so tests move a clock instead of waiting.
 */
public record IdlePolicy(Duration timeout, Duration warning) {

    /** What the session is due, with how long until the next thing happens. */
    public sealed interface Decision {}

    /** Active: the warning is due in {@code untilWarning}. */
    public record Active(Duration untilWarning) implements Decision {}

    /** Warn now: the session ends in {@code untilEnd} unless the user comes back. */
    public record Warn(Duration untilEnd) implements Decision {}

    /** The session has been idle for the whole timeout: sign out. */
    public record Expired() implements Decision {}

    public Decision decide(Instant lastActivity, Instant now) {
        Duration idle = Duration.between(lastActivity, now);
        if (idle.isNegative()) {
            idle = Duration.ZERO;
        }
        if (idle.compareTo(timeout) >= 0) {
            return new Expired();
        }
        Duration untilEnd = timeout.minus(idle);
        if (untilEnd.compareTo(warning) <= 0) {
            return new Warn(untilEnd);
        }
        return new Active(untilEnd.minus(warning));
    }

    /**
     * The later of what the server knew and what the browser reports ({@code millisSinceInput} ago, or negative
     * for no input): a report never moves activity into the future or back in time.
     */
    public static Instant later(Instant known, Instant now, long millisSinceInput) {
        if (millisSinceInput < 0) {
            return known;
        }
        Instant reported = now.minusMillis(millisSinceInput);
        return reported.isAfter(known) ? reported : known;
    }
}
