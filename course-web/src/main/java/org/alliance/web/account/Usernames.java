package org.alliance.web.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are compared and stored in one normal form, so "Ana" and "ana " are the same account. */
public final class Usernames {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private Usernames() {}

    public static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isValid(String normalised) {
        return normalised.length() >= MIN_LENGTH
                && normalised.length() <= MAX_LENGTH
                && ALLOWED.matcher(normalised).matches();
    }
}
