package org.alliance.core.agreement;

import java.util.Map;

/**
 * One instructor's rating of one free-text answer.
 *
 * @param raterId who rated (an instructor's stable id)
 * @param ratings rubric dimension id → rating on the course scale
 * @param safetyConcern the rater judged the answer harmful: it shames, dismisses risk or breaches
 *     a boundary
 */
public record RaterRatings(String raterId, Map<String, Integer> ratings, boolean safetyConcern) {

    public RaterRatings {
        ratings = Map.copyOf(ratings);
    }

    public RaterRatings(String raterId, Map<String, Integer> ratings) {
        this(raterId, ratings, false);
    }

    int rating(String dimension) {
        Integer rating = ratings.get(dimension);
        if (rating == null) {
            throw new IllegalArgumentException(raterId + " did not rate " + dimension);
        }
        return rating;
    }
}
