package org.alliance.core.scoring.attempt;

import java.util.List;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.Item;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.RatingScale;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.ItemResult;
import org.alliance.core.scoring.ItemScoring;
import org.alliance.core.scoring.Response;

/**
 * Where one item stands after the answers a student has committed in one attempt.
 *
 * <p>Deferred behaviour: one committed answer, the last one wins, no feedback until submit.
 * Interactive: each committed answer is a try and gets feedback; the student may try again while
 * the answer is not correct and tries remain, and the item's score is the last try's raw score
 * less the retry penalty.
 *
 * @param result the last answer's result, its score already penalised for extra tries (its
 *     correctness still describes the answer itself: right on the third try is correct)
 * @param raw the last answer's score before the penalty
 * @param triesUsed committed answers so far
 * @param canTryAgain whether another answer may be committed
 */
public record ItemTries(ItemResult result, double raw, int triesUsed, boolean canTryAgain) {

    /**
     * @param answers the committed answers in order (at least one)
     * @throws IllegalArgumentException with no answer, or more than the settings allow
     */
    public static ItemTries of(Item item, List<Response> answers, QuizSettings settings, RatingScale scale) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("no answer committed yet");
        }
        boolean interactive = settings.behaviour() == Behaviour.INTERACTIVE;
        int allowed = interactive ? Math.max(1, settings.tries()) : 1;
        if (interactive && answers.size() > allowed) {
            throw new IllegalArgumentException(answers.size() + " tries where " + allowed + " are allowed");
        }
        var last = ItemScoring.score(item, answers.getLast(), scale);
        if (!interactive) {
            return new ItemTries(last, last.score(), 1, false);
        }
        for (int i = 0; i < answers.size() - 1; i++) {
            if (ItemScoring.score(item, answers.get(i), scale).correctness() == Correctness.CORRECT) {
                throw new IllegalArgumentException("no further try is allowed after a correct answer");
            }
        }
        double penalised = RetryPenalty.apply(last.score(), answers.size(), settings.penalty());
        var result = new ItemResult(
                last.itemId(),
                penalised,
                last.max(),
                last.correctness(),
                last.feedback(),
                last.rationale(),
                last.misconceptions());
        boolean again = last.correctness() != Correctness.CORRECT && answers.size() < allowed;
        return new ItemTries(result, last.score(), answers.size(), again);
    }
}
