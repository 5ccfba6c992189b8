package org.alliance.core.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.model.Course;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.validation.ProblemCode;

/**
 * Cues across a quiz or course: how often the key is strictly the longest option, how often
 * true/false statements are true, and, where shuffling is off, where the key sits as written.
 */
final class KeyShares {

    /** Above this share of keys that are strictly the longest option, a length rule pays. */
    static final double LONGEST_LIMIT = 0.35;
    /** True/false keys should be true in this range of shares... */
    static final double TRUE_LOW = 0.35;

    static final double TRUE_HIGH = 0.65;
    /** ...once a course has this many true/false items. */
    static final int TRUE_FALSE_MINIMUM = 6;
    /** Shares are judged from this many option sets up. */
    static final int MINIMUM = 3;

    private KeyShares() {}

    /** The groups whose key-longest share is reported, as the summary names them. */
    enum Group {
        ITEMS("single-choice and best-response items", OptionSet.Kind.CHOICE_ITEM),
        OPTION_VIGNETTES("best-response and rate-options vignettes", OptionSet.Kind.OPTION_VIGNETTE),
        BRANCHING_NODES("branching nodes", OptionSet.Kind.BRANCHING_NODE);

        final String words;
        final OptionSet.Kind kind;

        Group(String words, OptionSet.Kind kind) {
            this.words = words;
            this.kind = kind;
        }

        List<OptionSet> of(List<OptionSet> sets) {
            return sets.stream().filter(s -> s.kind() == kind && s.comparable()).toList();
        }
    }

    static void run(Course course, List<OptionSet> sets, Findings found) {
        for (Quiz quiz : course.quizzes()) {
            List<OptionSet> own = Group.ITEMS.of(sets).stream()
                    .filter(s -> s.quizId().filter(quiz.id()::equals).isPresent())
                    .toList();
            longest(found, Paths.quiz(quiz), own, Group.ITEMS.words);
            if (!quiz.settings().shuffle()) {
                position(found, quiz, sets);
            }
        }
        for (Group group : Group.values()) {
            longest(found, Paths.COURSE, group.of(sets), group.words);
        }
        List<TrueFalse> statements = course.quizzes().stream()
                .flatMap(q -> q.items().stream())
                .filter(TrueFalse.class::isInstance)
                .map(TrueFalse.class::cast)
                .toList();
        if (statements.size() >= TRUE_FALSE_MINIMUM) {
            long trues = statements.stream().filter(TrueFalse::answer).count();
            double share = (double) trues / statements.size();
            if (share < TRUE_LOW || share > TRUE_HIGH) {
                found.add(
                        ProblemCode.TRUE_FALSE_BALANCE,
                        Paths.COURSE,
                        "count",
                        Long.toString(trues),
                        "total",
                        Integer.toString(statements.size()),
                        "percent",
                        Findings.percent(share),
                        "low",
                        Findings.percent(TRUE_LOW),
                        "high",
                        Findings.percent(TRUE_HIGH),
                        "majority",
                        share < TRUE_LOW ? "false" : "true");
            }
        }
    }

    private static void longest(Findings found, String path, List<OptionSet> sets, String what) {
        if (sets.size() < MINIMUM) {
            return;
        }
        long count = sets.stream().filter(OptionSet::keyStrictlyLongest).count();
        double share = (double) count / sets.size();
        if (share > LONGEST_LIMIT) {
            found.add(
                    ProblemCode.KEY_LONGEST_SHARE,
                    path,
                    "count",
                    Long.toString(count),
                    "total",
                    Integer.toString(sets.size()),
                    "what",
                    what,
                    "percent",
                    Findings.percent(share),
                    "limit",
                    Findings.percent(LONGEST_LIMIT));
        }
    }

    private static void position(Findings found, Quiz quiz, List<OptionSet> sets) {
        Map<Integer, Integer> byPosition = positions(sets.stream()
                .filter(s -> s.quizId().filter(quiz.id()::equals).isPresent())
                .toList());
        int total = byPosition.values().stream().mapToInt(Integer::intValue).sum();
        if (total < MINIMUM) {
            return;
        }
        byPosition.entrySet().stream()
                .filter(e -> e.getValue() * 2 > total)
                .findFirst()
                .ifPresent(e -> found.add(
                        ProblemCode.KEY_POSITION,
                        Paths.quiz(quiz) + ".settings.shuffle",
                        "position",
                        Integer.toString(e.getKey()),
                        "count",
                        Integer.toString(e.getValue()),
                        "total",
                        Integer.toString(total)));
    }

    /**
     * Where the first key sits as written (1 = first), per set with a key and another option; a
     * multiple-response set whose keys all come first counts as 1.
     */
    static Map<Integer, Integer> positions(List<OptionSet> sets) {
        Map<Integer, Integer> byPosition = new TreeMap<>();
        for (OptionSet set : sets) {
            if (!set.comparable()
                    || set.kind() == OptionSet.Kind.BRANCHING_NODE
                    || set.kind() == OptionSet.Kind.OPTION_VIGNETTE) {
                continue;
            }
            int position = set.options().indexOf(set.keys().getFirst()) + 1;
            if (set.kind() == OptionSet.Kind.MULTIPLE_RESPONSE
                    && set.options().subList(0, set.keys().size()).stream().allMatch(OptionSet.Option::key)) {
                position = 1;
            }
            byPosition.merge(position, 1, Integer::sum);
        }
        return byPosition;
    }
}
