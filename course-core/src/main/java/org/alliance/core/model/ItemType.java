package org.alliance.core.model;

/** The item types, with the key used for them in content files. */
public enum ItemType {
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_RESPONSE("multiple_response"),
    TRUE_FALSE("true_false"),
    MATCHING("matching"),
    ORDERING("ordering"),
    SHORT_TEXT("short_text"),
    BEST_RESPONSE("best_response");

    private final String key;

    ItemType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
