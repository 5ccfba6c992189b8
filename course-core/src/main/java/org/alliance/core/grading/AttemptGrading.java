package org.alliance.core.grading;

import java.util.List;
import java.util.OptionalDouble;
import org.alliance.core.model.GradingMethod;

/** The grade of an activity from the scores of its finished attempts, by the authored method. */
public final class AttemptGrading {

    private AttemptGrading() {}

    /**
     * @param scores finished attempts' score fractions, oldest first
     * @return empty when no attempt is finished
     */
    public static OptionalDouble grade(GradingMethod method, List<Double> scores) {
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (method) {
            case HIGHEST -> scores.stream().mapToDouble(Double::doubleValue).max();
            case LAST -> OptionalDouble.of(scores.getLast());
            case FIRST -> OptionalDouble.of(scores.getFirst());
            case AVERAGE -> scores.stream().mapToDouble(Double::doubleValue).average();
        };
    }
}
