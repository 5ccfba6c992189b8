package org.alliance.web.events;

import java.time.Instant;
import java.util.Map;

/** The course owner replaced a released free-text grade, with a reason. */
public record GradeOverridden(
        String username,
        String courseId,
        String activityId,
        String attemptId,
        double scaled,
        Map<String, Double> ratings,
        String reason,
        Instant at)
        implements ActivityGradeEvent {

    public GradeOverridden {
        ratings = Map.copyOf(ratings);
    }
}
