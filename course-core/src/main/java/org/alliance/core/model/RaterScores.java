package org.alliance.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One rater's scores: dimension id to rating on the rubric scale. */
public record RaterScores(String rater, Map<String, Integer> scores) {

    public RaterScores {
        // Keeps the authored order for display; equality of maps ignores order.
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
