package org.alliance.web.account;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Length and a list of common passwords, and no composition rules (NIST SP 800-63B). The list is the
 * password frequency list bundled with zxcvbn4j, compared case-insensitively.
 */
@Component
public class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        try {
            common = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER
                    .load()
                    .getRankedDictionary()
                    .keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list of common passwords could not be read", e);
        }
    }

    /** The first problem with a candidate password, if any. */
    public Optional<Problem> check(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    /** Why a password is refused; each has a translation key. */
    public enum Problem {
        TOO_SHORT("password.too-short"),
        TOO_LONG("password.too-long"),
        COMMON("password.common");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
