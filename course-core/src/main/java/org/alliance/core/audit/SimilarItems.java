package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Course;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.validation.ProblemCode;

/**
 * Items that test one proposition twice. Each item is reduced to the texts that state a proposition:
 * a stem (a true/false statement, a question of four content words or more), each option, a
 * best-response item's client line, a matching item's pairs, an ordering item's steps. Two items are
 * near-identical when any text of one and any text of the other reach a Jaccard similarity of
 * {@link #THRESHOLD} on their content words (lower case, stop words out, a crude stem); texts of
 * fewer than {@link #MINIMUM_WORDS} content words are not compared.
 */
final class SimilarItems {

    /** Shared content words over all content words at which two texts state the same thing. */
    static final double THRESHOLD = 0.5;

    static final int MINIMUM_WORDS = 4;

    private SimilarItems() {}

    /** A text of an item that states something, with where it is and how the message names it. */
    record Text(String path, String label, Set<String> words) {}

    /** An item of some course, reduced to its texts. */
    record Entry(String courseId, Quiz quiz, Item item, List<Text> texts) {}

    static void run(Course course, Findings found) {
        List<Entry> entries = entries(course);
        for (int j = 1; j < entries.size(); j++) {
            for (int i = 0; i < j; i++) {
                compare(entries.get(i), entries.get(j), "", found);
            }
        }
    }

    /** Pairs across courses; the finding names the other course. */
    static void across(Course earlier, Course later, Findings found) {
        for (Entry b : entries(later)) {
            for (Entry a : entries(earlier)) {
                compare(a, b, " in course " + earlier.id(), found);
            }
        }
    }

    private static void compare(Entry a, Entry b, String otherCourse, Findings found) {
        double best = 0;
        Text at = null;
        Text other = null;
        for (Text ta : a.texts()) {
            for (Text tb : b.texts()) {
                double s = Wording.jaccard(ta.words(), tb.words());
                if (s > best) {
                    best = s;
                    at = tb;
                    other = ta;
                }
            }
        }
        if (at != null && best >= THRESHOLD) {
            found.add(
                    ProblemCode.SIMILAR_ITEMS,
                    at.path(),
                    "what",
                    capitalised(at.label()),
                    "percent",
                    Findings.percent(best),
                    "otherWhat",
                    other.label(),
                    "other",
                    a.item().id(),
                    "otherCourse",
                    otherCourse,
                    "similarity",
                    Findings.number(best));
        }
    }

    static List<Entry> entries(Course course) {
        List<Entry> entries = new ArrayList<>();
        for (Quiz quiz : course.quizzes()) {
            for (Item item : quiz.items()) {
                entries.add(new Entry(course.id(), quiz, item, texts(Paths.item(quiz, item), item)));
            }
        }
        return entries;
    }

    private static List<Text> texts(String path, Item item) {
        List<Text> texts = new ArrayList<>();
        switch (item) {
            case SingleChoice s -> {
                add(texts, path + ".stem", "the stem", s.stem());
                s.options()
                        .forEach(o -> add(
                                texts, path + ".options[" + o.id() + "].text", "option '" + o.id() + "'", o.text()));
            }
            case MultipleResponse m -> {
                add(texts, path + ".stem", "the stem", m.stem());
                m.options()
                        .forEach(o -> add(
                                texts, path + ".options[" + o.id() + "].text", "option '" + o.id() + "'", o.text()));
            }
            case BestResponseItem b -> {
                add(texts, path + ".client", "the client line", b.client());
                b.options()
                        .forEach(o -> add(
                                texts, path + ".options[" + o.id() + "].text", "option '" + o.id() + "'", o.text()));
            }
            case Matching m ->
                add(
                        texts,
                        path + ".pairs",
                        "the pairs",
                        String.join(
                                " ",
                                m.pairs().stream()
                                        .map(p -> p.prompt() + " " + p.match())
                                        .toList()));
            case Ordering o ->
                add(
                        texts,
                        path + ".items",
                        "the steps",
                        String.join(" ", o.steps().stream().map(s -> s.text()).toList()));
            case TrueFalse t -> add(texts, path + ".stem", "the statement", t.stem());
            default -> add(texts, path + ".stem", "the stem", item.stem());
        }
        return texts;
    }

    private static void add(List<Text> texts, String path, String label, String text) {
        Set<String> words = Wording.contentWords(text);
        if (words.size() >= MINIMUM_WORDS) {
            texts.add(new Text(path, label, words));
        }
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
