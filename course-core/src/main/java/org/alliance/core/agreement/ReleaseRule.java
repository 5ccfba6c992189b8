package org.alliance.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Decides the released score of a free-text answer from two instructors' ratings.
 *
 * <ul>
 *   <li>Two different raters must rate every dimension; until then nothing is released.
 *   <li>On a dimension where they differ by at most {@link #MAX_DIFFERENCE} point, the released
 *       rating is their mean. Where they differ by more, a resolution rating is needed and, once
 *       given, is used for that dimension alone.
 *   <li>Score = (mean of the dimension ratings − scale min) / (scale max − scale min).
 *   <li>Safety: if both raters flag a safety concern, the score is 0 and flagged. If only one does,
 *       the resolution rater decides.
 * </ul>
 * The student's self-assessment is never an input here: it does not count.
 */
public final class ReleaseRule {

    /** Largest difference between two raters on one dimension that needs no resolution. */
    public static final int MAX_DIFFERENCE = 1;

    private ReleaseRule() {}

    /**
     * @param dimensions the rubric dimensions the answer is rated on
     * @param min lowest point of the course scale
     * @param max highest point of the course scale
     * @param raters the ratings so far, in the order given (at most two)
     * @param resolution a third instructor's rating of the disputed dimensions, if any
     * @throws IllegalArgumentException when a rater skipped a dimension (or, for the resolution, a
     *     disputed one), rated outside the scale, or the same person rates twice
     */
    public static Release decide(
            List<String> dimensions, int min, int max, List<RaterRatings> raters, Optional<RaterRatings> resolution) {
        if (dimensions.isEmpty() || max <= min) {
            throw new IllegalArgumentException("need at least one dimension and a scale of two points");
        }
        if (raters.size() > 2) {
            throw new IllegalArgumentException("a free-text answer has two raters plus a resolution");
        }
        for (var rater : raters) {
            for (var dimension : dimensions) {
                int rating = rater.rating(dimension);
                if (rating < min || rating > max) {
                    throw new IllegalArgumentException(rater.raterId() + " rated " + dimension + " outside the scale");
                }
            }
        }
        if (raters.isEmpty()) {
            return new Release.NotRated();
        }
        var first = raters.get(0);
        if (raters.size() == 1) {
            return new Release.AwaitingSecondRater(first.raterId());
        }
        var second = raters.get(1);
        if (first.raterId().equals(second.raterId())) {
            throw new IllegalArgumentException("the second rating must come from a different rater");
        }
        if (resolution.isPresent()
                && (resolution.get().raterId().equals(first.raterId())
                        || resolution.get().raterId().equals(second.raterId()))) {
            throw new IllegalArgumentException("the resolution must come from a third rater");
        }
        var disputed = new ArrayList<String>();
        for (var dimension : dimensions) {
            if (Math.abs(first.rating(dimension) - second.rating(dimension)) > MAX_DIFFERENCE) {
                disputed.add(dimension);
            }
        }
        boolean safetyDisputed = first.safetyConcern() != second.safetyConcern();
        if ((!disputed.isEmpty() || safetyDisputed) && resolution.isEmpty()) {
            return new Release.NeedsResolution(disputed, safetyDisputed);
        }
        var used = new LinkedHashMap<String, Double>();
        double sum = 0;
        for (var dimension : dimensions) {
            double rating = disputed.contains(dimension)
                    ? resolved(resolution.orElseThrow(), dimension, min, max)
                    : (first.rating(dimension) + second.rating(dimension)) / 2.0;
            used.put(dimension, rating);
            sum += rating;
        }
        boolean safety = safetyDisputed ? resolution.orElseThrow().safetyConcern() : first.safetyConcern();
        double score = safety ? 0 : (sum / dimensions.size() - min) / (max - min);
        boolean resolved = !disputed.isEmpty() || safetyDisputed;
        return new Release.Released(score, used, safety, resolved);
    }

    private static double resolved(RaterRatings resolution, String dimension, int min, int max) {
        int rating = resolution.rating(dimension);
        if (rating < min || rating > max) {
            throw new IllegalArgumentException("resolution rated " + dimension + " outside the scale");
        }
        return rating;
    }
}
