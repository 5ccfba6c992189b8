package org.alliance.web.account;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B: a length range and a check against guessable passwords, no composition rules and no forced
 * rotation. Guessability is zxcvbn's estimate (common passwords, words, keyboard patterns, repeats, dates),
 * with the user's own name and username and the app's name counted as known to an attacker; a password must
 * reach {@link #MIN_SCORE} of zxcvbn's 0-4 scale (3: "safely unguessable", about 10^8 guesses or more).
 */
@Component
public class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;
    /** Words an attacker would try first against any account here. */
    static final List<String> APP_WORDS = List.of("alliance");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The first problem with a password chosen by a person with this username and display name, if any. */
    public Optional<Refusal> check(String password, String username, String displayName) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Refusal(Problem.TOO_SHORT, List.of()));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Refusal(Problem.TOO_LONG, List.of()));
        }
        List<String> known = new ArrayList<>(APP_WORDS);
        Stream.of(username, displayName)
                .flatMap(s -> Stream.of(s.split("[\\s._-]+")))
                .filter(word -> !word.isBlank())
                .forEach(known::add);
        known.add(username);
        var strength = zxcvbn.measure(password, known);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        // The bundle hands back each key, so the texts come from our own translation file.
        Feedback feedback = strength.getFeedback().withResourceBundle(KEYS);
        List<String> keys = new ArrayList<>();
        if (feedback.getWarning() != null && !feedback.getWarning().isEmpty()) {
            keys.add(FEEDBACK_PREFIX + feedback.getWarning());
        }
        feedback.getSuggestions().forEach(s -> keys.add(FEEDBACK_PREFIX + s));
        return Optional.of(new Refusal(Problem.WEAK, List.copyOf(keys)));
    }

    /** Where zxcvbn's feedback keys live in the translation file. */
    public static final String FEEDBACK_PREFIX = "password.";

    /** A resource bundle that answers every key with the key itself. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    /** A refused password: the problem, and zxcvbn's warning and suggestions as translation keys. */
    public record Refusal(Problem problem, List<String> feedbackKeys) {
        public String messageKey() {
            return problem.messageKey();
        }
    }

    /** Why a password is refused; each has a translation key. */
    public enum Problem {
        TOO_SHORT("password.too-short"),
        TOO_LONG("password.too-long"),
        WEAK("password.weak");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
