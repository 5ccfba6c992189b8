package org.alliance.core.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ratings of one response by one or more raters (a panel). A plain map in the content is one rater
 * named "author". The reference rating is the mean over raters, then over dimensions.
 */
public record Ratings(List<RaterScores> raters) {

    public static final String AUTHOR = "author";

    public Ratings {
        raters = List.copyOf(raters);
    }

    public static Ratings byAuthor(Map<String, Integer> scores) {
        return new Ratings(List.of(new RaterScores(AUTHOR, scores)));
    }

    /** Every dimension any rater scored, sorted. */
    public Set<String> dimensions() {
        Set<String> all = new TreeSet<>();
        raters.forEach(r -> all.addAll(r.scores().keySet()));
        return all;
    }

    /** Mean over raters of one dimension, if any rater scored it. */
    public OptionalDouble mean(String dimension) {
        return raters.stream()
                .filter(r -> r.scores().containsKey(dimension))
                .mapToInt(r -> r.scores().get(dimension))
                .average();
    }

    /** Mean over dimensions of the per-dimension means: the option's reference rating. */
    public OptionalDouble mean() {
        return dimensions().stream().mapToDouble(d -> mean(d).orElseThrow()).average();
    }
}
