package org.alliance.core.model;

/** The inclusive range of ratings, 1..5 by default. */
public record RatingScale(int min, int max) {

    public static RatingScale defaults() {
        return new RatingScale(1, 5);
    }

    public boolean contains(int rating) {
        return rating >= min && rating <= max;
    }
}
