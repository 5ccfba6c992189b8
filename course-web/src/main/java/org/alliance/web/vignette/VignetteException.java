package org.alliance.web.vignette;

/** A refused vignette operation, with a translation key that tells the student why. */
public class VignetteException extends RuntimeException {
    private final String messageKey;

    public VignetteException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
