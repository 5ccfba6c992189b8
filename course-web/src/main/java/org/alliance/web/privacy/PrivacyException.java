package org.alliance.web.privacy;

/** A refused privacy operation, with a translation key that tells the user why. */
public class PrivacyException extends RuntimeException {
    private final String messageKey;

    public PrivacyException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
