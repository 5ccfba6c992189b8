package org.alliance.core.format;

/**
 * Normalises text values so that formatting choices (block or quoted scalars, CRLF, trailing
 * blank lines) never change the model or its hash.
 */
final class Text {

    private Text() {}

    static String normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        return text.substring(leadingBlankChars(text));
    }

    /** How many lines {@link #normalise} drops from the start. */
    static int leadingBlankLines(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        String dropped = text.substring(0, leadingBlankChars(text.stripTrailing()));
        return (int) dropped.chars().filter(c -> c == '\n').count();
    }

    private static int leadingBlankChars(String text) {
        int cut = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                cut = i + 1;
            } else if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        return cut;
    }
}
