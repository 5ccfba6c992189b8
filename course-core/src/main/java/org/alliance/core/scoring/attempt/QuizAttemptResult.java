package org.alliance.core.scoring.attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RatingScale;
import org.alliance.core.scoring.ItemResult;
import org.alliance.core.scoring.ItemScoring;
import org.alliance.core.scoring.Response;

/**
 * The score of one submitted quiz attempt: the mean of its item scores (every item weighs the
 * same), each item scored under the quiz's behaviour.
 *
 * @param score fraction 0..1
 * @param max the best score this quiz allows: the mean of the items' maxima, below 1 when a
 *     best-response item's best option is not rated at the top of the scale
 * @param passed {@code score} reaches the quiz's pass mark
 * @param items one result per item, in quiz order
 */
public record QuizAttemptResult(double score, double max, boolean passed, List<ItemResult> items) {

    public QuizAttemptResult {
        items = List.copyOf(items);
    }

    /** @param answers item id → the answers committed to it, in order; an item with none is unanswered */
    public static QuizAttemptResult of(Quiz quiz, Map<String, List<Response>> answers, RatingScale scale) {
        var results = new ArrayList<ItemResult>(quiz.items().size());
        double sum = 0;
        double max = 0;
        for (var item : quiz.items()) {
            List<Response> committed = answers.getOrDefault(item.id(), List.of());
            ItemResult result = committed.isEmpty()
                    ? ItemScoring.score(item, new Response.Unanswered(), scale)
                    : ItemTries.of(item, committed, quiz.settings(), scale).result();
            results.add(result);
            sum += result.score();
            max += result.max();
        }
        int n = Math.max(1, results.size());
        double score = sum / n;
        return new QuizAttemptResult(score, max / n, score >= quiz.settings().passMark() - 1e-9, results);
    }
}
