package org.alliance.web.events;

import java.time.Instant;
import java.util.Map;

/** A free-text answer's grade was released to the student. */
public record FreeTextGraded(
        String username,
        String courseId,
        String vignetteId,
        String attemptId,
        double scaled,
        Map<String, Double> ratings,
        Instant at)
        implements ActivityGradeEvent {

    public FreeTextGraded {
        ratings = Map.copyOf(ratings);
    }

    @Override
    public String activityId() {
        return vignetteId;
    }
}
