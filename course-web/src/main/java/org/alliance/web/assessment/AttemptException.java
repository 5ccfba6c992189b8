package org.alliance.web.assessment;

/** A refused attempt operation, with a translation key that tells the student why. */
public class AttemptException extends RuntimeException {
    private final String messageKey;

    public AttemptException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
