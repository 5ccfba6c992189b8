package org.alliance.core.scoring;

import java.util.List;

/**
 * The score of one answer to one item, and what may be revealed about it (the review policy
 * decides what is actually shown, and when).
 *
 * @param itemId the item
 * @param score fraction 0..1
 * @param max the best fraction this item allows (below 1 only for a best-response item whose best
 *     option is not rated at the top of the scale)
 * @param correctness correct at {@code max}, incorrect at 0, partial between
 * @param feedback what is said about the student's own answer, e.g. the feedback of each picked
 *     option
 * @param rationale why the key is the key: the feedback of the best options, or the item's
 *     explanation
 * @param misconceptions the misconception ids the answer embodies, in authored order
 */
public record ItemResult(
        String itemId,
        double score,
        double max,
        Correctness correctness,
        List<String> feedback,
        List<String> rationale,
        List<String> misconceptions) {

    public ItemResult {
        if (!(score >= 0 && score <= 1) || !(max >= 0 && max <= 1)) {
            throw new IllegalArgumentException("score and max must be fractions 0..1");
        }
        feedback = List.copyOf(feedback);
        rationale = List.copyOf(rationale);
        misconceptions = List.copyOf(misconceptions);
    }

    static ItemResult of(
            String itemId,
            double score,
            double max,
            List<String> feedback,
            List<String> rationale,
            List<String> misconceptions) {
        double clamped = Math.clamp(score, 0.0, 1.0);
        return new ItemResult(itemId, clamped, max, Correctness.of(clamped, max), feedback, rationale, misconceptions);
    }
}
