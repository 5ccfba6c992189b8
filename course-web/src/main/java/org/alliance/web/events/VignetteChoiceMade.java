package org.alliance.web.events;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A committed choice in a vignette: a turn of a branching vignette (at {@code nodeId}) or the one answer of a
 * best-response vignette ({@code nodeId} null).
 *
 * @param ratings the expert ratings of the chosen option per rubric dimension (the mean of its raters)
 * @param scaleMin the rubric scale's lowest rating
 * @param scaleMax the rubric scale's highest rating
 */
public record VignetteChoiceMade(
        String username,
        String courseId,
        String vignetteId,
        String vignetteTitle,
        String attemptId,
        @Nullable String nodeId,
        String optionId,
        String optionText,
        Map<String, Double> ratings,
        int scaleMin,
        int scaleMax,
        Instant at) {

    public VignetteChoiceMade {
        ratings = Map.copyOf(ratings);
    }
}
