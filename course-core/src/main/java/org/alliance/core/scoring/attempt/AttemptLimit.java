package org.alliance.core.scoring.attempt;

import java.util.OptionalInt;

/** How many attempts a quiz or vignette allows; 0 in the content means unlimited. */
public final class AttemptLimit {

    private AttemptLimit() {}

    public static boolean canStart(int attemptsUsed, int allowed) {
        return allowed == 0 || attemptsUsed < allowed;
    }

    /** Attempts still allowed; empty when unlimited. */
    public static OptionalInt remaining(int attemptsUsed, int allowed) {
        return allowed == 0 ? OptionalInt.empty() : OptionalInt.of(Math.max(0, allowed - attemptsUsed));
    }
}
