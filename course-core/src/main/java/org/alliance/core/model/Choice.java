package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A therapist move at a node. {@code alliance} moves the meter; {@code requires} hides the choice
 * unless the meter allows; {@code next} is tried in order and the first branch whose condition
 * holds wins. {@code repairs} marks a repair move (credited after an earlier misstep);
 * {@code safety} marks a harmful move that caps the vignette at 0 and flags the attempt;
 * {@code safetyReason} is the author's reason for the flag, or for not setting it on a move that
 * ends the work or sits at the floor of the scale.
 */
public record Choice(
        String id,
        String text,
        Ratings ratings,
        String feedback,
        Optional<String> misconception,
        int alliance,
        boolean repairs,
        boolean safety,
        Optional<MeterCondition> requires,
        List<Branch> next,
        @HashedWhenPresent Optional<String> safetyReason) {

    public Choice {
        next = List.copyOf(next);
    }

    /** Without a written safety reason. */
    public Choice(
            String id,
            String text,
            Ratings ratings,
            String feedback,
            Optional<String> misconception,
            int alliance,
            boolean repairs,
            boolean safety,
            Optional<MeterCondition> requires,
            List<Branch> next) {
        this(id, text, ratings, feedback, misconception, alliance, repairs, safety, requires, next, Optional.empty());
    }

    /** Where this choice leads for a given meter value, if any branch applies. */
    public Optional<String> target(int meter) {
        return next.stream()
                .filter(b -> b.when().map(c -> c.holds(meter)).orElse(true))
                .map(Branch::go)
                .findFirst();
    }
}
