package org.alliance.core.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.alliance.core.validation.ProblemCode;

/**
 * A form every wrong option shares and no key has, so the key can be found by its form alone: the
 * same opening word (not a stop word such as "the"), the same closing mark (a question mark, an exclamation mark, a full stop, or
 * none), or a content word (not a stop word) in every wrong option. Needs two wrong options or more.
 */
final class DistractorForms {

    private DistractorForms() {}

    static void run(List<OptionSet> sets, Findings found) {
        for (OptionSet set : sets) {
            if (set.keys().isEmpty() || set.others().size() < 2) {
                continue;
            }
            form(set).ifPresent(form -> found.add(ProblemCode.DISTRACTOR_FORM, set.listPath(), "form", form));
        }
    }

    static Optional<String> form(OptionSet set) {
        Optional<String> opening = shared(set, DistractorForms::opening);
        if (opening.isPresent()) {
            return opening.map(w -> "opens with '" + w + "'");
        }
        Optional<String> closing = shared(set, DistractorForms::closing);
        if (closing.isPresent()) {
            return closing.map(c -> c.isEmpty() ? "ends without a punctuation mark" : "ends with '" + c + "'");
        }
        Set<String> common =
                new LinkedHashSet<>(Wording.contentWords(set.others().getFirst().text()));
        set.others().forEach(o -> common.retainAll(Wording.contentWords(o.text())));
        set.keys().forEach(k -> common.removeAll(Wording.contentWords(k.text())));
        return common.stream().findFirst().map(w -> "uses the word '" + w + "'");
    }

    /** The value every wrong option shares and no key has, if there is one. */
    private static Optional<String> shared(OptionSet set, Function<String, String> feature) {
        String first = feature.apply(set.others().getFirst().text());
        if (first == null) {
            return Optional.empty();
        }
        boolean allOthers = set.others().stream().allMatch(o -> first.equals(feature.apply(o.text())));
        boolean noKey = set.keys().stream().noneMatch(k -> first.equals(feature.apply(k.text())));
        return allOthers && noKey ? Optional.of(first) : Optional.empty();
    }

    private static String opening(String text) {
        List<String> words = Wording.words(text);
        return words.isEmpty() || Wording.isStopWord(words.getFirst()) ? null : words.getFirst();
    }

    /** The closing mark, quotes and brackets aside; "" for none. */
    private static String closing(String text) {
        String t = text.strip().replaceAll("[\"”’')\\]*_]+$", "");
        if (t.isEmpty()) {
            return null;
        }
        char last = t.charAt(t.length() - 1);
        return last == '?' || last == '!' || last == '.' ? Character.toString(last) : last == '…' ? "." : "";
    }
}
