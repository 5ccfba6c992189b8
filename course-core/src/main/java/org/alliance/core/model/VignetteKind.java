package org.alliance.core.model;

/** The vignette kinds, with the key used for them in content files. */
public enum VignetteKind {
    BEST_RESPONSE("best_response"),
    RATE_OPTIONS("rate_options"),
    FREE_TEXT("free_text"),
    BRANCHING("branching");

    private final String key;

    VignetteKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
