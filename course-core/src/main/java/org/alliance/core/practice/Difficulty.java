package org.alliance.core.practice;

import org.alliance.core.model.Level;

/**
 * How hard a statement felt, rated by the student after practising it (the three-point scale of the APA
 * deliberate-practice books). It moves the next statement's level and its own place in the spacing schedule.
 */
public enum Difficulty {
    TOO_EASY,
    GOOD_CHALLENGE,
    TOO_HARD;

    /** The level of the next statement: up one after "too easy", down one after "too hard", else the same. */
    public Level next(Level current) {
        Level[] levels = Level.values();
        int i = current.ordinal();
        return switch (this) {
            case TOO_EASY -> levels[Math.min(i + 1, levels.length - 1)];
            case GOOD_CHALLENGE -> current;
            case TOO_HARD -> levels[Math.max(i - 1, 0)];
        };
    }
}
