package org.alliance.web.grading;

import java.util.Optional;
import org.alliance.web.grading.GradingStore.Rating;

/**
 * Where one grader stands on one answer: the slot open to them and, when they are revising, their own rating in
 * it. The rules that make a second rating independent:
 * <ul>
 *   <li>the first rater may revise their rating until a second rater has filed one;
 *   <li>a second or resolution rating is final once filed, because filing shows its rater the other ratings;
 *   <li>a grader with a slot they have not filed yet rates <em>blind</em>: the sheet shows them no other
 *       rating, comment, score or audit row of this answer.
 * </ul>
 * After release nobody rates; the owner's override, with its reason, changes a released grade.
 */
record Seat(Optional<RatingKind> slot, Optional<Rating> current) {

    /** True while the grader may still rate independently of a rating someone else has filed. */
    boolean blind() {
        return slot.isPresent() && current.isEmpty() && slot.get() != RatingKind.FIRST;
    }

    static Seat of(GradeDecision decision, boolean released, String me) {
        if (released) {
            return none();
        }
        var first = decision.first();
        var second = decision.second();
        if (first.isEmpty()) {
            return open(RatingKind.FIRST);
        }
        if (first.get().rater().equals(me)) {
            return second.isEmpty() ? new Seat(Optional.of(RatingKind.FIRST), first) : none();
        }
        if (second.isEmpty()) {
            return open(RatingKind.SECOND);
        }
        if (second.get().rater().equals(me) || decision.resolution().isPresent()) {
            return none();
        }
        return decision.status(false) == GradingStatus.NEEDS_RESOLUTION ? open(RatingKind.RESOLUTION) : none();
    }

    private static Seat open(RatingKind kind) {
        return new Seat(Optional.of(kind), Optional.empty());
    }

    private static Seat none() {
        return new Seat(Optional.empty(), Optional.empty());
    }
}
