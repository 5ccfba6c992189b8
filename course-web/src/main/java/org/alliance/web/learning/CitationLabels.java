package org.alliance.web.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.alliance.core.model.Reference;

/** Author-date labels for in-text citations, e.g. "Bordin, 1979" or "Horvath et al., 2011". */
final class CitationLabels {
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z][a-z]?\\.[ -]?)+|Jr\\.?|Sr\\.?");

    private CitationLabels() {}

    static String of(Reference reference) {
        List<String> surnames = surnames(reference.authors());
        String who = switch (surnames.size()) {
            case 0 -> reference.title();
            case 1 -> surnames.get(0);
            case 2 -> surnames.get(0) + " & " + surnames.get(1);
            default -> surnames.get(0) + " et al.";
        };
        return who + ", " + reference.year();
    }

    /** APA author lists are "Surname, I. I., Surname, I., & Surname, I."; an organisation is one name. */
    static List<String> surnames(String authors) {
        List<String> names = new ArrayList<>();
        for (String part : authors.split(",\\s*(?:&\\s*)?|\\s+&\\s+")) {
            String token = part.strip();
            if (!token.isEmpty() && !INITIALS.matcher(token).matches()) {
                names.add(token);
            }
        }
        return names;
    }
}
