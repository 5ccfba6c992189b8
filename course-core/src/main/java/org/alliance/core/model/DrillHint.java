package org.alliance.core.model;

/**
 * An automatic hint an author may switch on for a drill. Each has a fixed detector in
 * {@code org.alliance.core.drill.HintDetectors}; a hint that fires on any of the drill's example
 * responses is refused by the validator, so it is only ever shown when measured on labelled responses.
 */
public enum DrillHint {
    /** The response is a question where the criteria ask for a statement (a reflection, a comment). */
    QUESTION("question"),
    /** The response tells the client what to do. */
    ADVICE("advice"),
    /** The response reassures instead of staying with the feeling. */
    REASSURANCE("reassurance");

    private final String key;

    DrillHint(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
