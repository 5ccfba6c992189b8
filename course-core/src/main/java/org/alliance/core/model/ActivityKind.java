package org.alliance.core.model;

/** The three kinds of activity, with the key used for them in grading weights. */
public enum ActivityKind {
    QUIZ("quiz"),
    VIGNETTE("vignette"),
    REFLECTION("reflection");

    private final String key;

    ActivityKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
