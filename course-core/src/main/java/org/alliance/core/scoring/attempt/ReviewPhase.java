package org.alliance.core.scoring.attempt;

import java.time.Instant;
import java.util.Optional;

/** When a student looks at an attempt. */
public enum ReviewPhase {
    /** The attempt is open. */
    DURING,
    /** Submitted, and the quiz has not closed. */
    AFTER_SUBMIT,
    /** The quiz's close date has passed (and the attempt is submitted). */
    AFTER_CLOSE;

    /** @param closesAt when the quiz closes, if it does */
    public static ReviewPhase of(boolean submitted, Optional<Instant> closesAt, Instant now) {
        if (!submitted) {
            return DURING;
        }
        return closesAt.filter(close -> !now.isBefore(close)).isPresent() ? AFTER_CLOSE : AFTER_SUBMIT;
    }
}
