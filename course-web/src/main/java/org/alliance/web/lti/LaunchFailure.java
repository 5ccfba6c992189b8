package org.alliance.web.lti;

import java.util.Locale;

/**
 * A launch refused, with the reason the refusal page names (translation key {@code lti.refused.<reason>}) and the
 * security log records. Nothing of a refused launch is kept.
 */
public class LaunchFailure extends RuntimeException {
    public enum Reason {
        UNKNOWN_PLATFORM,
        BAD_TOKEN,
        BAD_SIGNATURE,
        EXPIRED,
        WRONG_AUDIENCE,
        WRONG_ISSUER,
        UNKNOWN_STATE,
        NONCE_MISMATCH,
        REPLAYED,
        UNKNOWN_DEPLOYMENT,
        UNSUPPORTED_MESSAGE,
        WRONG_VERSION,
        NO_USER,
        NOT_LINKED,
        STUDENT_ACCOUNT_AS_STAFF,
        NOT_STAFF;

        /** The name used in addresses and translation keys. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    LaunchFailure(Reason reason, String detail) {
        super(reason.code() + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
