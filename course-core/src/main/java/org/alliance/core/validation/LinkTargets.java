package org.alliance.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a link in course Markdown may lead: one rule for the validator, which refuses any other link, and the
 * lesson renderer, which drops it. The destination is judged as commonmark hands it over (character
 * references such as {@code &#x61;} and backslash escapes already decoded) and as a browser would read it
 * (spaces and control characters at either end ignored, tabs and line breaks inside removed), so no spelling
 * of {@code javascript:} gets through.
 */
public final class LinkTargets {

    /** The schemes a link may use; a link without a scheme (a path or {@code #anchor}) stays within the site. */
    public static final List<String> SCHEMES = List.of("http", "https", "mailto");

    /** Schemes whose target is code or a document made of the link itself, which the browser would run or show. */
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data");

    /** How a link target is judged. */
    public enum Verdict {
        /** Shown as a link. */
        ALLOWED,
        /** A script scheme, however it is spelt. */
        SCRIPT,
        /** Another scheme, or control characters inside the target: the renderer would drop the link. */
        UNSUPPORTED
    }

    private LinkTargets() {}

    public static Verdict of(String destination) {
        Optional<String> scheme = scheme(destination);
        if (scheme.filter(SCRIPT_SCHEMES::contains).isPresent()) {
            return Verdict.SCRIPT;
        }
        if (hasControlCharacter(stripHtmlSpaces(destination))) {
            return Verdict.UNSUPPORTED;
        }
        return scheme.isEmpty() || SCHEMES.contains(scheme.get()) ? Verdict.ALLOWED : Verdict.UNSUPPORTED;
    }

    public static boolean allows(String destination) {
        return of(destination) == Verdict.ALLOWED;
    }

    /**
     * The scheme, lowercased, as a browser or a sanitiser would find it: the text before a ':' that comes
     * before any '/', '?' or '#', once control characters are taken out; empty for a link within the site.
     */
    public static Optional<String> scheme(String destination) {
        StringBuilder compact = new StringBuilder(destination.length());
        destination.strip().chars().filter(c -> c >= 0x20 && c != 0x7F).forEach(c -> compact.append((char) c));
        String url = compact.toString().strip();
        for (int i = 0; i < url.length(); i++) {
            switch (url.charAt(i)) {
                case ':' -> {
                    return Optional.of(url.substring(0, i).toLowerCase(Locale.ROOT));
                }
                case '/', '?', '#' -> {
                    return Optional.empty();
                }
                default -> {}
            }
        }
        return Optional.empty();
    }

    private static String stripHtmlSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isHtmlSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isHtmlSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean hasControlCharacter(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
