package org.alliance.web.gradebook;

/** A refused gradebook request, with a translation key that says why. */
public class GradebookException extends RuntimeException {
    private final String messageKey;

    public GradebookException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
