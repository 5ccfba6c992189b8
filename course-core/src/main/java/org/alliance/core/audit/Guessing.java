package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * worst order, when the correct answer comes last: with 3 tries and a penalty of 0.25 a true/false
 * item is worth at least 1 − 0.25 = 0.75 to anyone. Items with more than {@link #MAX_ANSWERS}
 * possible answers, and short-text items, count as unguessable (0).
 */
final class Guessing {

    /** Above this guaranteed score, a quiz rewards guessing. */
    static final double GUARANTEED_LIMIT = 0.5;
    static final int MAX_ANSWERS = 50_000;

    private Guessing() {
    }

    /** Expected and guaranteed score of blind guessing, for an item or a quiz (the mean over its items). */
    record Odds(double expected, double guaranteed) {
    }

    static void run(Course course, Findings found) {
        for (Quiz quiz : course.quizzes()) {
            Odds odds = of(quiz, course.rubric().scale());
            if (odds.guaranteed() > GUARANTEED_LIMIT + 1e-9) {
                QuizSettings s = quiz.settings();
                found.add(ProblemCode.GUESSING_FLOOR, Paths.quiz(quiz) + ".settings", "tries",
                        Integer.toString(tries(s)), "penalty", Findings.number(penalty(s)), "guaranteed",
                        Findings.number(odds.guaranteed()), "expected", Findings.number(odds.expected()));
            }
        }
    }

    static Odds of(Quiz quiz, RatingScale scale) {
        if (quiz.items().isEmpty()) {
            return new Odds(0, 0);
        }
        double expected = 0;
        double guaranteed = 0;
        for (Item item : quiz.items()) {
            Odds odds = of(item, quiz.settings(), scale);
            expected += odds.expected();
            guaranteed += odds.guaranteed();
        }
        return new Odds(expected / quiz.items().size(), guaranteed / quiz.items().size());
    }

    static Odds of(Item item, QuizSettings settings, RatingScale scale) {
        List<Response> answers = answers(item).orElse(List.of());
        if (answers.isEmpty()) {
            return new Odds(0, 0);
        }
        List<Double> scores = answers.stream().map(a -> ItemScoring.score(item, a, scale).score()).toList();
        double max = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Double> wrong = scores.stream().filter(s -> s < max - Correctness.EPSILON).toList();
        int n = scores.size();
        int w = wrong.size();
        int c = n - w;
        int tries = tries(settings);
        double penalty = penalty(settings);
        double expected = 0;
        double allWrongSoFar = 1;
        for (int k = 1; k <= Math.min(tries, n) && allWrongSoFar > 0; k++) {
            int left = n - (k - 1);
            expected += allWrongSoFar * c / left * Math.max(0, max - penalty * (k - 1));
            allWrongSoFar *= Math.max(0, w - (k - 1)) / (double) left;
        }
        if (allWrongSoFar > 0 && !wrong.isEmpty()) {
            double last = wrong.stream().mapToDouble(s -> Math.max(0, s - penalty * (tries - 1))).average().orElse(0);
            expected += allWrongSoFar * last;
        }
        double guaranteed = tries > w ? Math.max(0, max - penalty * w)
                : Math.max(0, wrong.stream().mapToDouble(Double::doubleValue).min().orElse(0) - penalty * (tries - 1));
        return new Odds(expected, guaranteed);
    }

    private static int tries(QuizSettings s) {
        return s.behaviour() == Behaviour.INTERACTIVE ? Math.max(1, s.tries()) : 1;
    }

    private static double penalty(QuizSettings s) {
        return s.behaviour() == Behaviour.INTERACTIVE ? s.penalty() : 0;
    }

    /** Every distinct answer a student could give without reading, or empty when there are too many. */
    private static Optional<List<Response>> answers(Item item) {
        List<Response> answers = new ArrayList<>();
        switch (item) {
            case SingleChoice s -> s.options().forEach(o -> answers.add(new Response.SingleChoiceAnswer(o.id())));
            case BestResponseItem b -> b.options().forEach(o -> answers.add(new Response.BestResponseAnswer(o.id())));
            case TrueFalse t -> {
                answers.add(new Response.TrueFalseAnswer(true));
                answers.add(new Response.TrueFalseAnswer(false));
            }
            case MultipleResponse m -> {
                int n = m.options().size();
                if (n > 12) {
                    return Optional.empty();
                }
                for (int mask = 1; mask < (1 << n); mask++) {
                    Set<String> picked = new java.util.HashSet<>();
                    for (int i = 0; i < n; i++) {
                        if ((mask & (1 << i)) != 0) {
                            picked.add(m.options().get(i).id());
                        }
                    }
                    answers.add(new Response.MultipleResponseAnswer(picked));
                }
            }
            case Ordering o -> {
                if (o.steps().size() > 8) {
                    return Optional.empty();
                }
                permutations(o.steps().stream().map(s -> s.id()).toList(), new ArrayList<>(), answers);
            }
            case Matching m -> {
                List<String> ids = MatchAnswers.of(m).stream().map(MatchAnswers.MatchAnswer::id).toList();
                if (Math.pow(ids.size(), m.pairs().size()) > MAX_ANSWERS) {
                    return Optional.empty();
                }
                assignments(m.pairs().stream().map(p -> p.id()).toList(), ids, new LinkedHashMap<>(), answers);
            }
            default -> {
                return Optional.empty();
            }
        }
        return answers.size() > MAX_ANSWERS ? Optional.empty() : Optional.of(answers);
    }

    private static void permutations(List<String> left, List<String> sofar, List<Response> into) {
        if (left.isEmpty()) {
            into.add(new Response.OrderingAnswer(sofar));
            return;
        }
        for (String id : left) {
            List<String> rest = new ArrayList<>(left);
            rest.remove(id);
            sofar.add(id);
            permutations(rest, sofar, into);
            sofar.removeLast();
        }
    }

    private static void assignments(List<String> prompts, List<String> answerIds, Map<String, String> sofar,
            List<Response> into) {
        if (sofar.size() == prompts.size()) {
            into.add(new Response.MatchingAnswer(sofar));
            return;
        }
        String prompt = prompts.get(sofar.size());
        for (String id : answerIds) {
            sofar.put(prompt, id);
            assignments(prompts, answerIds, sofar, into);
            sofar.remove(prompt);
        }
    }
}
