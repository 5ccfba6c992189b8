package org.alliance.web.account;

import java.util.List;

/**
 * A refused account operation, with a translation key that tells the user what to do, and keys of further
 * hints (zxcvbn's feedback on a weak password) to show after it.
 */
public class AccountException extends RuntimeException {
    private final String messageKey;
    private final List<String> hintKeys;

    public AccountException(String messageKey) {
        this(messageKey, List.of());
    }

    public AccountException(String messageKey, List<String> hintKeys) {
        super(messageKey);
        this.messageKey = messageKey;
        this.hintKeys = List.copyOf(hintKeys);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> hintKeys() {
        return hintKeys;
    }
}
