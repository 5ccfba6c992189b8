package org.alliance.core.model;

/** The inclusive range of ratings, 1..5 by default. */
public record RatingScale(int min, int max) {

    /** The most levels a scale may have (0..10): each level needs an anchor, and students choose among them. */
    public static final int MAX_LEVELS = 11;

    public static RatingScale defaults() {
        return new RatingScale(1, 5);
    }

    /** How many levels the scale has; 0 or less when min is not below max. */
    public long levels() {
        return (long) max - min + 1;
    }

    public boolean contains(int rating) {
        return rating >= min && rating <= max;
    }
}
