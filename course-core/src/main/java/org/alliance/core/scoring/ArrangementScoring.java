package org.alliance.core.scoring;

import java.util.List;
import org.alliance.core.model.Matching;
import org.alliance.core.model.Ordering;

/** Matching and ordering: items answered by arranging. */
final class ArrangementScoring {

    private ArrangementScoring() {}

    /** Fraction of pairs whose prompt got its own match; a distractor or a gap counts as wrong. */
    static ItemResult matching(Matching item, Response.MatchingAnswer answer) {
        long right = item.pairs().stream()
                .filter(pair -> pair.id().equals(answer.answers().get(pair.id())))
                .count();
        double score =
                item.pairs().isEmpty() ? 0 : (double) right / item.pairs().size();
        return ItemResult.of(item.id(), score, 1, List.of(item.feedback()), List.of(item.feedback()), List.of());
    }

    /** Fraction of steps in their correct position; extra or missing positions earn nothing. */
    static ItemResult ordering(Ordering item, Response.OrderingAnswer answer) {
        int right = 0;
        for (int i = 0; i < item.steps().size() && i < answer.stepIds().size(); i++) {
            if (item.steps().get(i).id().equals(answer.stepIds().get(i))) {
                right++;
            }
        }
        double score =
                item.steps().isEmpty() ? 0 : (double) right / item.steps().size();
        return ItemResult.of(item.id(), score, 1, List.of(item.feedback()), List.of(item.feedback()), List.of());
    }
}
