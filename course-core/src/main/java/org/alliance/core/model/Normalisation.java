package org.alliance.core.model;

import java.util.Locale;

/** How a short-text answer is normalised before comparison. */
public record Normalisation(boolean ignoreCase, boolean collapseWhitespace, boolean ignorePunctuation) {

    public static Normalisation defaults() {
        return new Normalisation(true, true, true);
    }

    /** Applies these rules; the same rules are applied to accepted answers and to the student's text. */
    public String apply(String text) {
        String result = text;
        if (ignorePunctuation) {
            result = result.replaceAll("\\p{Punct}", " ");
        }
        if (collapseWhitespace || ignorePunctuation) {
            result = result.strip().replaceAll("\\s+", " ");
        }
        if (ignoreCase) {
            result = result.toLowerCase(Locale.ROOT);
        }
        return result;
    }
}
