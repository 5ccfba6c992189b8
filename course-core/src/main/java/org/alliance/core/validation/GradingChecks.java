package org.alliance.core.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.Activity;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Course;
import org.alliance.core.model.Weights;

/**
 * The grading weights must make a grade: none negative, some quiz or vignette counting, and no weight on
 * reflections, which are never graded and so would count as 0 in every grade. A weight of 0 is allowed: it
 * leaves an activity or a kind out of the grade (and, with {@code completion: graded}, out of completion).
 */
final class GradingChecks {

    private static final String WEIGHTS = "course.grading.weights";

    private GradingChecks() {}

    static void run(Checking c) {
        Course course = c.course();
        Weights weights = course.grading().weights();
        for (ActivityKind kind : ActivityKind.values()) {
            double weight = switch (kind) {
                case QUIZ -> weights.quiz();
                case VIGNETTE -> weights.vignette();
                case REFLECTION -> weights.reflection();
            };
            check(c, WEIGHTS + "." + kind.key(), kind.key(), weight, kind == ActivityKind.REFLECTION);
        }
        for (Map.Entry<String, Double> override : weights.activities().entrySet()) {
            boolean reflection = course.activity(override.getKey())
                    .filter(a -> a.kind() == ActivityKind.REFLECTION)
                    .isPresent();
            check(c, WEIGHTS + ".activities." + override.getKey(), override.getKey(), override.getValue(), reflection);
        }
        List<Activity> graded = course.activities().stream()
                .filter(a -> a.kind() != ActivityKind.REFLECTION)
                .toList();
        if (!graded.isEmpty() && graded.stream().noneMatch(a -> weights.of(a) > 0)) {
            c.report(ProblemCode.NO_GRADED_ACTIVITY, WEIGHTS);
        }
    }

    private static String written(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    private static void check(Checking c, String path, String field, double weight, boolean reflection) {
        if (weight < 0) {
            c.report(ProblemCode.NEGATIVE_WEIGHT, path, "field", field, "value", written(weight));
        } else if (reflection && weight > 0) {
            c.report(ProblemCode.REFLECTION_WEIGHT, path, "field", field, "value", written(weight));
        }
    }
}
