package org.alliance.web.grading;

/** A refused grading operation, with a translation key that says why. */
public class GradingException extends RuntimeException {
    private final String messageKey;

    public GradingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
