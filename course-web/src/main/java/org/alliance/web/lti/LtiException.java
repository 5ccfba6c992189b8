package org.alliance.web.lti;

/** A request about LTI that cannot be done (a field left empty, a platform registered twice); the key names the message. */
public class LtiException extends RuntimeException {
    private final String key;

    LtiException(String key) {
        super(key);
        this.key = key;
    }

    /** The translation key of the message. */
    public String key() {
        return key;
    }
}
