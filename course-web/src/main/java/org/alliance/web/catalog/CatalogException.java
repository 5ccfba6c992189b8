package org.alliance.web.catalog;

/** A refused catalogue operation, with a translation key that says why. */
public class CatalogException extends RuntimeException {
    private final String messageKey;

    public CatalogException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
