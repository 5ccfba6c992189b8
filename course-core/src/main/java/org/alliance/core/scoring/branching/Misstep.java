package org.alliance.core.scoring.branching;

import org.alliance.core.model.Choice;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Ratings;

/**
 * A misstep is a choice rated below the scale's midpoint on any dimension (below 3 on 1..5; with a
 * panel, the raters' mean on that dimension), or a choice with no ratings at all. One definition
 * serves repair credit, the fair path score and the assessment audit: a move that fails the client
 * on one dimension is a misstep however well it does on the others.
 */
public final class Misstep {

    private Misstep() {}

    /** The middle of the scale: 3 on 1..5. */
    public static double midpoint(RatingScale scale) {
        return (scale.min() + scale.max()) / 2.0;
    }

    public static boolean is(Choice choice, RatingScale scale) {
        return is(choice.ratings(), scale);
    }

    public static boolean is(Ratings ratings, RatingScale scale) {
        var dimensions = ratings.dimensions();
        if (dimensions.isEmpty()) {
            return true;
        }
        double midpoint = midpoint(scale);
        return dimensions.stream().anyMatch(d -> ratings.mean(d).orElse(scale.min()) < midpoint - 1e-9);
    }
}
