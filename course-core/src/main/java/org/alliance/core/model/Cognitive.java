package org.alliance.core.model;

import java.util.Locale;

/**
 * What an item or vignette asks of the student, after the revised Bloom taxonomy (Anderson & Krathwohl,
 * 2001), cut to the levels an assessment here can reach. {@code level} on a vignette is its difficulty,
 * a different thing.
 */
public enum Cognitive {
    /** Recall a fact, term or figure. */
    REMEMBER,
    /** Explain, tell apart or restate a concept. */
    UNDERSTAND,
    /** Use a concept on a case: a client line or a described situation. */
    APPLY,
    /** Take a case apart: weigh several moves, find what went wrong and why. */
    ANALYSE;

    /** The word content files use, e.g. {@code apply}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the level asks for a concept to be used on a case (apply or analyse). */
    public boolean usesACase() {
        return this == APPLY || this == ANALYSE;
    }
}
