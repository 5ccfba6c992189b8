package org.alliance.core.scoring;

import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Ratings;

/**
 * Maps a rating onto 0..1: (rating − min) / (max − min), which on the course's 1..5 scale is the
 * (r − 1) / 4 of the scoring model.
 */
public final class RatingFraction {

    private RatingFraction() {}

    public static double of(double rating, RatingScale scale) {
        if (scale.max() <= scale.min()) {
            throw new IllegalArgumentException("a rating scale needs at least two points");
        }
        return Math.clamp((rating - scale.min()) / (scale.max() - scale.min()), 0.0, 1.0);
    }

    /** An option's score: its reference rating (mean over raters, then dimensions) as a fraction. */
    public static double of(Ratings ratings, RatingScale scale) {
        return of(ratings.mean().orElse(scale.min()), scale);
    }
}
