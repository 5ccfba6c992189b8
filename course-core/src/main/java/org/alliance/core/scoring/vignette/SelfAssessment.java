package org.alliance.core.scoring.vignette;

import java.util.Map;

/**
 * The student's own rating of their free-text answer, per rubric dimension. It is kept for
 * feedback (how their view compares with the instructors') and never counts towards a score.
 */
public record SelfAssessment(Map<String, Integer> ratings) {

    public SelfAssessment {
        ratings = Map.copyOf(ratings);
    }
}
