package org.alliance.core.model;

/** The kinds of activity, with the key used for them in grading weights and file folders. */
public enum ActivityKind {
    QUIZ("quiz"),
    VIGNETTE("vignette"),
    REFLECTION("reflection"),
    /** Deliberate practice: never graded, never weighted. */
    DRILL("drill");

    private final String key;

    ActivityKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
