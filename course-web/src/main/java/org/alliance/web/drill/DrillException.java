package org.alliance.web.drill;

/** A request the drill cannot take (an empty response, a statement rated already); the key names the message. */
public class DrillException extends RuntimeException {
    private final String key;

    DrillException(String key) {
        super(key);
        this.key = key;
    }

    /** The translation key of the message for the student. */
    public String key() {
        return key;
    }
}
