package org.alliance.core.scoring.attempt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.Item;
import org.alliance.core.model.ReviewDetail;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.ItemKey;
import org.alliance.core.scoring.ItemResult;
import org.alliance.core.scoring.Response;

/**
 * An item result cut down to what the review policy allows: the web app renders this, so a
 * detail that is not visible never reaches the page.
 */
public record ReviewedItem(
        String itemId,
        Optional<Double> score,
        Optional<Correctness> correctness,
        List<String> feedback,
        List<String> rationale,
        List<String> misconceptions,
        Optional<Response> key) {

    public ReviewedItem {
        feedback = List.copyOf(feedback);
        rationale = List.copyOf(rationale);
        misconceptions = List.copyOf(misconceptions);
    }

    /**
     * Misconceptions hit are shown with feedback, since the feedback is about them. A rationale line that
     * repeats a feedback line being shown (the student chose the key, whose feedback is also why it is the key)
     * is left out, so the student reads it once.
     */
    public static ReviewedItem of(Item item, ItemResult result, Set<ReviewDetail> visible) {
        boolean feedback = visible.contains(ReviewDetail.FEEDBACK);
        List<String> shownFeedback = feedback ? result.feedback() : List.of();
        List<String> rationale = visible.contains(ReviewDetail.RATIONALE)
                ? result.rationale().stream()
                        .filter(line -> !shownFeedback.contains(line))
                        .toList()
                : List.of();
        return new ReviewedItem(
                result.itemId(),
                visible.contains(ReviewDetail.SCORE) ? Optional.of(result.score()) : Optional.empty(),
                visible.contains(ReviewDetail.CORRECTNESS) ? Optional.of(result.correctness()) : Optional.empty(),
                shownFeedback,
                rationale,
                feedback ? result.misconceptions() : List.of(),
                visible.contains(ReviewDetail.KEY) ? Optional.of(ItemKey.of(item)) : Optional.empty());
    }
}
