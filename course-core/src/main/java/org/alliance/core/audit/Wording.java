package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists and text measures the audit uses, each documented in docs/content-format.md
 * ("The assessment audit"): specific determiners, negative stems, "all/none of the above", what
 * counts as a case, and the words two texts are compared on.
 */
final class Wording {

    /**
     * Absolute words that give wrong options away (Haladyna, Downing &amp; Rodriguez, 2002): matched
     * as whole words or phrases, case-insensitively.
     */
    static final List<String> DETERMINERS = List.of(
            "only",
            "always",
            "never",
            "every",
            "all",
            "none",
            "proven",
            "completely",
            "entirely",
            "no place",
            "the more",
            "reliably",
            "guarantees",
            "guarantee",
            "guaranteed",
            "must",
            "proves",
            "certainly",
            "definitely",
            "absolutely",
            "solely",
            "invariably",
            "everyone",
            "nobody");

    /** Words that make a stem ask in the negative; in true/false statements only the first three. */
    static final List<String> NEGATIVES =
            List.of("not", "cannot", "n't", "except", "least", "false", "incorrect", "untrue");

    private static final int STATEMENT_NEGATIVES = 3;

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    private static final Pattern ALL_NONE =
            Pattern.compile("\\b(?:(?:all|none|both|neither) of the above|(?:all|none) of these)\\b");

    /** A quotation of at least three words: a client line inside a stem. */
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]+)[\"”]");

    /** People and places of a session; with two sentences or more, a stem that names one describes a case. */
    private static final Pattern SITUATION = Pattern.compile(
            "\\b(?:clients?|patients?|therapists?|counsell?ors?|trainees?|supervis(?:or|ee)s?|sessions?|clinics?|"
                    + "colleagues?)\\b");

    private static final Set<String> STOP = Set.of(("a an the of to in on and or for is are was were be been being it"
                    + " its this that these those with as by at from than then so such their there they them he she his her"
                    + " you your i we our us me my not no do does did can could may might will would should must into about"
                    + " what which who whom when where why how all any each more most other some only own same too very just"
                    + " also but if because while during before after up down out over under again once here both few nor"
                    + " s t now one has have had am")
            .split(" "));

    private Wording() {}

    static boolean isStopWord(String word) {
        return STOP.contains(word);
    }

    /** Lower-case words, typographic apostrophes folded, so "Don’t" and "don't" are one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The words two texts are compared on: lower case, without stop words, with a crude stem (a
     * trailing -ing, -ed, -es or -s dropped from words longer than four letters).
     */
    static Set<String> contentWords(String text) {
        Set<String> result = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (!STOP.contains(w)) {
                result.add(stem(w));
            }
        }
        return result;
    }

    /** Jaccard similarity of two word sets: shared words over all words, 0..1. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** The first specific determiner in the text, if any; "at all" ("not at all") is not one. */
    static Optional<String> determiner(String text) {
        String folded = (" " + String.join(" ", words(text)) + " ").replace(" at all ", " ");
        return DETERMINERS.stream().filter(d -> folded.contains(" " + d + " ")).findFirst();
    }

    /** The first negative word in a question stem (quotations left out), if any. */
    static Optional<String> negative(String stem, boolean statement) {
        List<String> words = words(QUOTED.matcher(fold(stem)).replaceAll(" "));
        List<String> negatives = statement ? NEGATIVES.subList(0, STATEMENT_NEGATIVES) : NEGATIVES;
        for (String w : words) {
            if (w.endsWith("n't") && negatives.contains("n't")) {
                return Optional.of(w);
            }
            if (negatives.contains(w)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    static boolean allOrNoneOfTheAbove(String text) {
        return ALL_NONE.matcher(fold(text)).find();
    }

    /**
     * Whether a stem presents a case: a quoted utterance of three words or more, or at least two
     * sentences that name a client, therapist, trainee, supervisor, colleague, session or clinic.
     */
    static boolean presentsCase(String stem) {
        String folded = fold(stem);
        Matcher quote = QUOTED.matcher(folded);
        while (quote.find()) {
            if (words(quote.group(1)).size() >= 3) {
                return true;
            }
        }
        long sentences = Arrays.stream(folded.strip().split("(?<=[.?!:])\\s+"))
                .filter(s -> !words(s).isEmpty())
                .count();
        return sentences >= 2 && SITUATION.matcher(folded).find();
    }

    /** Length in characters, as a student sees it: whitespace runs count once, Markdown emphasis not at all. */
    static int length(String text) {
        return text.replaceAll("[*_`]", "").strip().replaceAll("\\s+", " ").length();
    }

    /** Text compared for sameness: case, punctuation and whitespace ignored. */
    static String normal(String text) {
        return String.join(" ", words(text));
    }

    private static String stem(String w) {
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (w.length() > 4 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }
}
