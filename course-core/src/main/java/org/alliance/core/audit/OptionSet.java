package org.alliance.core.audit;

import java.util.List;
import java.util.Optional;

/**
 * Options a student chooses among, with the keys marked: a single-choice, multiple-response or
 * best-response item, a best-response or rate-options vignette, or a branching node's choices.
 *
 * @param kind what holds the options
 * @param path the model path of the item, vignette or node
 * @param listPath the path of the options (or choices) list
 * @param quizId the quiz the item belongs to, for items
 * @param options in authored order
 */
record OptionSet(Kind kind, String path, String listPath, Optional<String> quizId, List<Option> options) {

    enum Kind {
        /** Single-choice and best-response items: one best answer. */
        CHOICE_ITEM,
        MULTIPLE_RESPONSE,
        /** Best-response and rate-options vignettes. */
        OPTION_VIGNETTE,
        BRANCHING_NODE
    }

    /**
     * @param key full credit, correct, or rated at the top of the set
     * @param score credit, 1 or 0 for correct, or the mean rating: options that score differently
     *     must not look the same
     */
    record Option(String id, String text, String textPath, boolean key, double score, int length) {

        Option(String id, String text, String textPath, boolean key, double score) {
            this(id, text, textPath, key, score, Wording.length(text));
        }
    }

    OptionSet {
        options = List.copyOf(options);
    }

    List<Option> keys() {
        return options.stream().filter(Option::key).toList();
    }

    List<Option> others() {
        return options.stream().filter(o -> !o.key()).toList();
    }

    /** At least one key and one other option: only then can a key stand out. */
    boolean comparable() {
        return !keys().isEmpty() && !others().isEmpty();
    }

    /** The key is strictly the longest option by characters (a tie with another option is not). */
    boolean keyStrictlyLongest() {
        if (!comparable()) {
            return false;
        }
        int longestOther = others().stream().mapToInt(Option::length).max().orElse(0);
        int shortestKey = keys().stream().mapToInt(Option::length).min().orElse(0);
        return shortestKey > longestOther;
    }
}
