package org.alliance.core.audit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Course;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.ItemScoring;
import org.alliance.core.scoring.MatchAnswers;
import org.alliance.core.scoring.Response;
import org.alliance.core.validation.ProblemCode;

/**
 * What blind guessing earns under a quiz's behaviour. A blind guesser tries a different possible
 * answer each time, at random, until the answer is correct or the tries run out (deferred quizzes
 * allow one try). The expected score averages over the random order; the guaranteed score is the
 * worst order, when the correct answer comes last (or never, with fewer tries than wrong answers):
 * with 3 tries and a penalty of 0.25 a true/false item is worth at least 1 − 0.25 = 0.75 to anyone.
 * Short-text items, and multiple response with more than 12 options, count as unguessable (0).
 */
final class Guessing {

    /** Above this guaranteed score, a quiz rewards guessing. */
    static final double GUARANTEED_LIMIT = 0.5;

    private Guessing() {}

    /** Expected and guaranteed score of blind guessing, for an item or a quiz (the mean over its items). */
    record Odds(double expected, double guaranteed) {}

    static void run(Course course, Findings found) {
        if (!usable(course.rubric().scale())) {
            return; // the validator reports the scale
        }
        for (Quiz quiz : course.quizzes()) {
            Odds odds = of(quiz, course.rubric().scale());
            if (odds.guaranteed() > GUARANTEED_LIMIT + 1e-9) {
                QuizSettings s = quiz.settings();
                found.add(
                        ProblemCode.GUESSING_FLOOR,
                        Paths.quiz(quiz) + ".settings",
                        "tries",
                        Integer.toString(tries(s)),
                        "penalty",
                        Findings.number(penalty(s)),
                        "guaranteed",
                        Findings.number(odds.guaranteed()),
                        "expected",
                        Findings.number(odds.expected()));
            }
        }
    }

    static boolean usable(RatingScale scale) {
        return scale.max() > scale.min();
    }

    static Odds of(Quiz quiz, RatingScale scale) {
        if (quiz.items().isEmpty() || !usable(scale)) {
            return new Odds(0, 0);
        }
        double expected = 0;
        double guaranteed = 0;
        for (Item item : quiz.items()) {
            Odds odds = of(item, quiz.settings(), scale);
            expected += odds.expected();
            guaranteed += odds.guaranteed();
        }
        return new Odds(
                expected / quiz.items().size(), guaranteed / quiz.items().size());
    }

    static Odds of(Item item, QuizSettings settings, RatingScale scale) {
        Map<Double, Double> answers = distribution(item, scale);
        if (answers.isEmpty()) {
            return new Odds(0, 0);
        }
        double max =
                answers.keySet().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double n = answers.values().stream().mapToDouble(Double::doubleValue).sum();
        double c = answers.entrySet().stream()
                .filter(e -> e.getKey() >= max - Correctness.EPSILON)
                .mapToDouble(Map.Entry::getValue)
                .sum();
        double w = n - c;
        int tries = tries(settings);
        double penalty = penalty(settings);
        double expected = 0;
        double allWrongSoFar = 1;
        for (int k = 1; k <= Math.min(tries, n) && allWrongSoFar > 0; k++) {
            double left = n - (k - 1);
            expected += allWrongSoFar * c / left * Math.max(0, max - penalty * (k - 1));
            allWrongSoFar *= Math.max(0, w - (k - 1)) / left;
        }
        double lastPenalty = penalty * (tries - 1);
        if (allWrongSoFar > 0 && w > 0) {
            // Out of tries: the last answer is any wrong one, each as likely.
            double last = answers.entrySet().stream()
                            .filter(e -> e.getKey() < max - Correctness.EPSILON)
                            .mapToDouble(e -> e.getValue() * Math.max(0, e.getKey() - lastPenalty))
                            .sum()
                    / w;
            expected += allWrongSoFar * last;
        }
        double lowestWrong = answers.keySet().stream()
                .filter(s -> s < max - Correctness.EPSILON)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(max);
        double guaranteed = tries > w ? Math.max(0, max - penalty * w) : Math.max(0, lowestWrong - lastPenalty);
        return new Odds(expected, guaranteed);
    }

    private static int tries(QuizSettings s) {
        return s.behaviour() == Behaviour.INTERACTIVE ? Math.max(1, s.tries()) : 1;
    }

    private static double penalty(QuizSettings s) {
        return s.behaviour() == Behaviour.INTERACTIVE ? s.penalty() : 0;
    }

    /**
     * The score of every distinct answer a student could give without reading, as score → how many
     * answers give it. Choice items and multiple response (up to 12 options) are scored answer by
     * answer; matching (one answer per prompt, repeats allowed) and ordering follow from counting:
     * k prompts right out of p is binomial, k steps in place out of m is a rencontres number. Empty
     * for short text, which cannot be guessed blind.
     */
    static Map<Double, Double> distribution(Item item, RatingScale scale) {
        Map<Double, Double> counts = new TreeMap<>();
        switch (item) {
            case SingleChoice s ->
                s.options().forEach(o -> count(counts, item, new Response.SingleChoiceAnswer(o.id()), scale));
            case BestResponseItem b ->
                b.options().forEach(o -> count(counts, item, new Response.BestResponseAnswer(o.id()), scale));
            case TrueFalse t -> {
                count(counts, item, new Response.TrueFalseAnswer(true), scale);
                count(counts, item, new Response.TrueFalseAnswer(false), scale);
            }
            case MultipleResponse m -> {
                int n = m.options().size();
                if (n > 12) {
                    return Map.of();
                }
                for (int mask = 1; mask < (1 << n); mask++) {
                    Set<String> picked = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        if ((mask & (1 << i)) != 0) {
                            picked.add(m.options().get(i).id());
                        }
                    }
                    count(counts, item, new Response.MultipleResponseAnswer(picked), scale);
                }
            }
            case Matching m -> {
                int p = m.pairs().size();
                int answers = MatchAnswers.of(m).size();
                for (int k = 0; k <= p; k++) {
                    counts.merge((double) k / p, choose(p, k) * Math.pow(answers - 1, p - k), Double::sum);
                }
            }
            case Ordering o -> {
                int steps = o.steps().size();
                for (int k = 0; k <= steps; k++) {
                    counts.merge((double) k / steps, choose(steps, k) * derangements(steps - k), Double::sum);
                }
            }
            default -> {
                return Map.of();
            }
        }
        counts.values().removeIf(v -> v <= 0);
        return counts;
    }

    private static void count(Map<Double, Double> counts, Item item, Response answer, RatingScale scale) {
        counts.merge(ItemScoring.score(item, answer, scale).score(), 1.0, Double::sum);
    }

    private static double choose(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    /** Permutations of n with no element in place: !n = (n − 1)(!(n − 1) + !(n − 2)). */
    private static double derangements(int n) {
        double previous = 1;
        double current = 0;
        if (n == 0) {
            return 1;
        }
        for (int i = 2; i <= n; i++) {
            double next = (i - 1) * (current + previous);
            previous = current;
            current = next;
        }
        return current;
    }
}
