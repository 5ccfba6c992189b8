package org.alliance.web.account;

/** A refused account operation, with a translation key that tells the user what to do. */
public class AccountException extends RuntimeException {
    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
